package org.conflictkit.pipelines.run;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.conflictkit.annotators.rules.Interruption;
import org.conflictkit.pipelines.Pipelines;
import org.conflictkit.pipelines.io.CasWriter;
import org.conflictkit.pipelines.io.SourceDocument;
import org.conflictkit.pipelines.io.StringDocument;
import org.conflictkit.pipelines.io.XmiCasWriter;
import org.conflictkit.type.Weapon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The time limit per document: a document that hangs an engine fails alone with one line, and
 * the worker annotates and writes the next document as if nothing had happened.
 */
class TimeLimitTest
{
    /** The text that makes {@link HangingAnnotator} hang. */
    static final String MARKER = "HANG";

    /** An engine that, on a document with the marker, works until its thread is interrupted. */
    public static final class HangingAnnotator
        extends JCasAnnotator_ImplBase
    {
        @Override
        public void process(JCas jcas) throws AnalysisEngineProcessException
        {
            while (jcas.getDocumentText().contains(MARKER)) {
                Interruption.check();
                LockSupport.parkNanos(1_000_000);
            }
        }
    }

    @Test
    void aDocumentOverTheLimitFailsAloneAndTheNextOnTheSameWorkerIsAnnotatedAndWritten(
            @TempDir Path output) throws Exception
    {
        List<SourceDocument> documents = List.of(
                new StringDocument("first", "news/first.txt", "Two Su-34 jets were shot down."),
                new StringDocument("stuck", "news/stuck.txt", "Shelling went on. " + MARKER),
                new StringDocument("third", "news/third.txt", "Russia fired Kalibr missiles."));
        StringWriter errors = new StringWriter();
        List<CasWriter> writers = List.of(new XmiCasWriter(output));
        // One thread: the document after the stuck one runs on the worker that was interrupted.
        BatchRunner runner = new BatchRunner(createEngineDescription(
                createEngineDescription(HangingAnnotator.class), Pipelines.create("weapons")),
                writers, 1, 1, new PrintWriter(errors, true));

        RunSummary summary = runner.run(documents, false,
                n -> new Progress(new PrintStream(OutputStream.nullOutputStream()), false, n));

        String failure = "news/stuck.txt: annotation took longer than the limit of 1 s per "
                + "document (--max-seconds)";
        assertEquals("error: " + failure + System.lineSeparator(), errors.toString());
        assertEquals(List.of(failure), summary.failures());
        assertEquals(2, summary.documents());
        assertEquals(Map.of("Weapon", 2L), summary.annotations());
        assertEquals(List.of("TypeSystem.xml", "first.xmi", "third.xmi"), files(output));
        assertEquals(List.of("Su-34 jets"), weapons(output.resolve("first.xmi")));
        assertEquals(List.of("Kalibr missiles"), weapons(output.resolve("third.xmi")));
    }

    private static List<String> files(Path folder) throws Exception
    {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> weapons(Path xmi) throws Exception
    {
        JCas jcas = JCasFactory.createJCas();
        try (InputStream in = Files.newInputStream(xmi)) {
            XmiCasDeserializer.deserialize(in, jcas.getCas());
        }
        return JCasUtil.select(jcas, Weapon.class).stream().map(Weapon::getCoveredText).toList();
    }
}
