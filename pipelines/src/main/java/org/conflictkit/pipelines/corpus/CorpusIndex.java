package org.conflictkit.pipelines.corpus;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import nl.inl.blacklab.exceptions.BlackLabException;
import nl.inl.blacklab.index.DocumentFormats;
import nl.inl.blacklab.index.IndexListener;
import nl.inl.blacklab.index.Indexer;
import nl.inl.blacklab.indexers.config.ConfigInputFormat;
import nl.inl.blacklab.search.BlackLab;
import nl.inl.blacklab.search.BlackLabIndexWriter;

/**
 * Builds a BlackLab index from ConflictKit's vertical text ({@code annotate --format vrt}) with
 * the input format {@value #FORMAT}: word, lemma and POS per token, each {@code <text>} a document
 * with its attributes as metadata, and sentences and every ConflictKit annotation as spans with
 * their features as attributes. The index is built beside its folder and moved into place when
 * complete, so a failed run leaves the earlier index as it was.
 */
public final class CorpusIndex
{
    /** The BlackLab input format, read from the resource {@code conflictkit-vrt.blf.yaml}. */
    public static final String FORMAT = "conflictkit-vrt";

    private CorpusIndex()
    {
    }

    /** Indexes the VRT files into {@code indexDir}, replacing the index there. */
    public static void build(List<Path> vrtFiles, Path indexDir) throws IOException
    {
        Path target = indexDir.toAbsolutePath();
        if (!isIndexOrEmpty(target)) {
            throw new IllegalArgumentException(indexDir
                    + ": folder exists and is not a BlackLab index; name a new or empty folder");
        }
        Files.createDirectories(target.getParent());
        Path building = Files.createTempDirectory(target.getParent(), ".building-index-");
        try {
            ConfigInputFormat format = format(building);
            List<String> errors = new ArrayList<>();
            BlackLabIndexWriter writer = BlackLab.openForWriting(building.resolve("index").toFile(),
                    true, format);
            Indexer indexer = Indexer.create(writer, FORMAT);
            indexer.setListener(new IndexListener() {
                @Override
                public synchronized boolean errorOccurred(Throwable e, String path, File f)
                {
                    errors.add(path + ": " + e.getMessage());
                    return false;
                }
            });
            try {
                for (Path vrt : vrtFiles) {
                    try (InputStream in = Files.newInputStream(vrt)) {
                        indexer.index(vrt.getFileName().toString(), in);
                    }
                }
            }
            finally {
                indexer.close();
            }
            if (!errors.isEmpty()) {
                throw new IOException("BlackLab could not index " + String.join("; ", errors));
            }
            deleteTree(target);
            Files.move(building.resolve("index"), target, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (BlackLabException e) {
            throw new IOException("BlackLab could not build the index in " + indexDir + " ("
                    + e.getMessage() + ")", e);
        }
        finally {
            deleteTree(building);
        }
    }

    /** The input format, registered with BlackLab (which reads format files only from disk). */
    private static synchronized ConfigInputFormat format(Path folder) throws IOException
    {
        Path file = folder.resolve(FORMAT + ".blf.yaml");
        try (InputStream in = CorpusIndex.class.getResourceAsStream(FORMAT + ".blf.yaml")) {
            Files.copy(in, file);
        }
        ConfigInputFormat format = new ConfigInputFormat(file.toFile());
        DocumentFormats.add(format);
        return format;
    }

    /** Whether a folder is missing, empty or a Lucene index (which a rebuild may replace). */
    private static boolean isIndexOrEmpty(Path folder) throws IOException
    {
        if (!Files.exists(folder)) {
            return true;
        }
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            return names.isEmpty() || names.stream().anyMatch(n -> n.startsWith("segments_"));
        }
    }

    static void deleteTree(Path folder) throws IOException
    {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
