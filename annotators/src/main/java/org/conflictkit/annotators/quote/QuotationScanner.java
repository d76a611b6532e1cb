package org.conflictkit.annotators.quote;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.conflictkit.annotators.rules.Interruption;

/**
 * Finds text inside quotation marks by scanning characters, independent of any tokenizer.
 * Handles straight and curly double quotes (and two apostrophes written for one), single
 * quotes told apart from apostrophes,
 * guillemets, nesting, and quotes that run over several paragraphs (an opening mark on each
 * paragraph, a closing mark on the last only). Marks are matched within a paragraph (a line):
 * a mark left open at the end of a paragraph that is not continued by the next one is dropped,
 * so an unbalanced mark never swallows the rest of a document. Linear in the text's length.
 */
final class QuotationScanner
{
    private enum Mark
    {
        DOUBLE, SINGLE, GUILLEMET
    }

    /**
     * A quotation: the text between its marks ({@code begin}, {@code end}), trimmed of spaces and
     * of a trailing comma or full stop; {@code depth} is 0 for an outermost quotation.
     */
    record Quotation(int begin, int end, int depth)
    {
    }

    private record Open(Mark mark, int contentBegin)
    {
    }

    private QuotationScanner()
    {
    }

    /** The quotations of a text; marks opened deeper than {@code maxDepth} are stray marks. */
    static List<Quotation> scan(String text, int maxDepth) throws AnalysisEngineProcessException
    {
        List<Quotation> found = new ArrayList<>();
        List<Open> stack = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            Interruption.check();
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            scanLine(text, lineStart, lineEnd, maxDepth, stack, found);
            // A double quote still open continues only if the next paragraph opens a quote again.
            if (!stack.isEmpty()) {
                Open outer = stack.get(0);
                stack.clear();
                if (outer.mark() != Mark.SINGLE && nextParagraphOpensQuote(text, lineEnd)) {
                    add(found, text, outer.contentBegin(), lineEnd, 0);
                }
            }
            lineStart = lineEnd + 1;
        }
        found.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin())
                : Integer.compare(b.end(), a.end()));
        return found;
    }

    private static void scanLine(String text, int from, int to, int maxDepth, List<Open> stack,
            List<Quotation> found)
    {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            char prev = i > from ? text.charAt(i - 1) : ' ';
            char next = i + 1 < to ? text.charAt(i + 1) : ' ';
            switch (c) {
            case '\u201C', '\u201E' -> push(stack, maxDepth, Mark.DOUBLE, i + 1);
            case '\u00AB' -> push(stack, maxDepth, Mark.GUILLEMET, i + 1);
            case '\u00BB' -> close(text, stack, Mark.GUILLEMET, i, found);
            case '\u201D' -> {
                if (!close(text, stack, Mark.DOUBLE, i, found) && opensHere(prev, next)) {
                    push(stack, maxDepth, Mark.DOUBLE, i + 1);
                }
            }
            case '"' -> straightDouble(text, stack, maxDepth, prev, next, i, i + 1, found);
            case '\u2018' -> {
                if (!Character.isLetterOrDigit(prev)) {
                    push(stack, maxDepth, Mark.SINGLE, i + 1);
                }
            }
            case '\'', '\u2019' -> {
                if (c == '\'' && next == '\'') {
                    // two apostrophes written for one double mark: ''It is over,'' he said
                    char after = i + 2 < to ? text.charAt(i + 2) : ' ';
                    straightDouble(text, stack, maxDepth, prev, after, i, i + 2, found);
                    i++;
                }
                else {
                    single(text, stack, maxDepth, c, prev, next, i, found);
                }
            }
            default -> {
            }
            }
        }
    }

    /**
     * A straight double mark from {@code at} to {@code contentBegin}: it closes an open double
     * mark unless it can only open, else it opens one.
     */
    private static void straightDouble(String text, List<Open> stack, int maxDepth, char prev,
            char next, int at, int contentBegin, List<Quotation> found)
    {
        boolean open = indexOf(stack, Mark.DOUBLE) >= 0;
        if (open && !(opensHere(prev, next) && !closesHere(prev, next))) {
            close(text, stack, Mark.DOUBLE, at, found);
        }
        else if (opensHere(prev, next)) {
            push(stack, maxDepth, Mark.DOUBLE, contentBegin);
        }
    }

    /** A single mark: opening or closing quote, or an apostrophe (don't, Kyiv's, soldiers'). */
    private static void single(String text, List<Open> stack, int maxDepth, char c, char prev,
            char next, int i, List<Quotation> found)
    {
        if (Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
            return; // inside a word
        }
        if (c == '\'' && opensHere(prev, next) && !Character.isDigit(next)) {
            push(stack, maxDepth, Mark.SINGLE, i + 1);
            return;
        }
        if (!closesHere(prev, next)) {
            return;
        }
        if (indexOf(stack, Mark.SINGLE) >= 0) {
            close(text, stack, Mark.SINGLE, i, found);
        }
        else if ((prev == ',' || prev == '.') && !stack.isEmpty()
                && stack.get(stack.size() - 1).mark() == Mark.DOUBLE) {
            close(text, stack, Mark.DOUBLE, i, found); // "...,’ a mismatched closing mark
        }
    }

    private static boolean opensHere(char prev, char next)
    {
        return (Character.isWhitespace(prev) || "([{\u2014\u2013-/:".indexOf(prev) >= 0
                || isQuoteChar(prev)) && !Character.isWhitespace(next);
    }

    private static boolean closesHere(char prev, char next)
    {
        return !Character.isWhitespace(prev) && !Character.isLetterOrDigit(next);
    }

    private static boolean isQuoteChar(char c)
    {
        return "\"'\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E".indexOf(c) >= 0;
    }

    private static void push(List<Open> stack, int maxDepth, Mark mark, int contentBegin)
    {
        if (stack.size() < maxDepth) {
            stack.add(new Open(mark, contentBegin));
        }
    }

    private static int indexOf(List<Open> stack, Mark mark)
    {
        for (int k = stack.size() - 1; k >= 0; k--) {
            if (stack.get(k).mark() == mark) {
                return k;
            }
        }
        return -1;
    }

    /** Closes the innermost open mark of this kind; marks opened inside it are dropped. */
    private static boolean close(String text, List<Open> stack, Mark mark, int at,
            List<Quotation> found)
    {
        int k = indexOf(stack, mark);
        if (k < 0) {
            return false;
        }
        Open open = stack.get(k);
        while (stack.size() > k) {
            stack.remove(stack.size() - 1);
        }
        add(found, text, open.contentBegin(), at, k);
        return true;
    }

    private static void add(List<Quotation> found, String text, int begin, int end, int depth)
    {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        end = trimEnd(text, begin, end);
        if (end > begin && (text.charAt(end - 1) == ',' || text.charAt(end - 1) == '.')) {
            end = trimEnd(text, begin, end - 1);
        }
        if (end > begin) {
            found.add(new Quotation(begin, end, depth));
        }
    }

    private static int trimEnd(String text, int begin, int end)
    {
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean nextParagraphOpensQuote(String text, int lineEnd)
    {
        int i = lineEnd;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && ("\"\u201C\u00AB\u201E".indexOf(text.charAt(i)) >= 0
                || text.startsWith("''", i));
    }
}
