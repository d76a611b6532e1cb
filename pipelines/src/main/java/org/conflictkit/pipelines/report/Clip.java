package org.conflictkit.pipelines.report;

import java.util.Arrays;

/**
 * Sutherland-Hodgman clipping of a closed ring (x, y pairs) to a rectangle: the ring that a
 * filled polygon keeps inside it. Edges along the rectangle's border may appear where the ring
 * left it; the map hides them by clipping a little outside the visible area.
 */
final class Clip
{
    private Clip()
    {
    }

    static double[] rectangle(double[] ring, double left, double top, double right,
            double bottom)
    {
        double[] points = ring;
        points = edge(points, 0, left, true);
        points = edge(points, 0, right, false);
        points = edge(points, 1, top, true);
        points = edge(points, 1, bottom, false);
        return points;
    }

    /** Keeps the part of the ring on one side of the line {@code axis = limit}. */
    private static double[] edge(double[] ring, int axis, double limit, boolean keepAbove)
    {
        int n = ring.length / 2;
        double[] out = new double[ring.length * 2 + 4];
        int size = 0;
        for (int i = 0; i < n; i++) {
            int p = 2 * ((i + n - 1) % n);
            int q = 2 * i;
            boolean pIn = inside(ring[p + axis], limit, keepAbove);
            boolean qIn = inside(ring[q + axis], limit, keepAbove);
            if (pIn != qIn) {
                double t = (limit - ring[p + axis]) / (ring[q + axis] - ring[p + axis]);
                out[size++] = ring[p] + t * (ring[q] - ring[p]);
                out[size++] = ring[p + 1] + t * (ring[q + 1] - ring[p + 1]);
            }
            if (qIn) {
                out[size++] = ring[q];
                out[size++] = ring[q + 1];
            }
        }
        return Arrays.copyOf(out, size);
    }

    private static boolean inside(double value, double limit, boolean keepAbove)
    {
        return keepAbove ? value >= limit : value <= limit;
    }
}
