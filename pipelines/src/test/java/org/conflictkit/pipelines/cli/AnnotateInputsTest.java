package org.conflictkit.pipelines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.conflictkit.pipelines.BuildInfo;
import org.conflictkit.type.Location;
import org.conflictkit.type.Quote;
import org.conflictkit.type.Speaker;
import org.conflictkit.type.Weapon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.MetaDataStringField;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

class AnnotateInputsTest
{
    @Test
    void jsonLinesArticlesKeepTheirMetadataAndABadLineIsOneFailureNamingItsLine(@TempDir Path dir)
        throws Exception
    {
        Path corpus = dir.resolve("corpus.jsonl");
        // The first line is docs/formats.md's example of an article.
        Files.writeString(corpus, String.join("\n",
                FormatsDocExampleTest.block(Files.readString(Path.of("..", "docs", "formats.md")),
                        "json", 0).strip(),
                "{\"id\": \"a-2\", \"text\": ",
                "{\"id\": \"a-3\"}",
                "",
                "{\"id\": \"news/4\", \"text\": \"Talks resumed.\"}", ""));
        Path output = dir.resolve("out");

        CommandTester result = CommandTester.run("annotate", "--input", corpus.toString(),
                "--output", output.toString(), "--pipeline", "segment");

        assertEquals(ConflictKitCommand.EXIT_FAILURES, result.exitCode, result.err);
        assertTrue(result.err.contains(corpus + ":2: not a JSON object"), result.err);
        assertTrue(result.err.contains(corpus + ":3: missing 'text'"), result.err);
        assertEquals(List.of("TypeSystem.xml", "a-1.xmi", "news_4.xmi"),
                AnnotateCommandTest.list(output));
        JCas article = AnnotateCommandTest.readXmi(output.resolve("a-1.xmi"),
                output.resolve("TypeSystem.xml")).getJCas();
        DocumentMetaData metadata = DocumentMetaData.get(article);
        assertEquals("a-1 | Port shelled | https://example.org/a-1", metadata.getDocumentId()
                + " | " + metadata.getDocumentTitle() + " | " + metadata.getDocumentUri());
        assertEquals(List.of("date=2024-03-01", "source=Wire", "conflictkit.formats=xmi",
                "conflictkit.pipeline=segment", "conflictkit.version=" + BuildInfo.current().version()),
                JCasUtil.select(article, MetaDataStringField.class).stream()
                        .map(f -> f.getKey() + "=" + f.getValue()).toList());
        assertEquals("news/4", DocumentMetaData.get(AnnotateCommandTest
                .readXmi(output.resolve("news_4.xmi"), output.resolve("TypeSystem.xml"))
                .getJCas()).getDocumentId());
    }

    @Test
    void xmiAnnotatedAgainByOnePresetGetsItsLayersNewAndKeepsEveryOtherLayer(@TempDir Path dir)
        throws Exception
    {
        Path input = Files.createDirectories(dir.resolve("workbench"));
        TypeSystemDescription typeSystem = CasCreationUtils.mergeTypeSystems(List.of(
                TypeSystemDescriptionFactory.createTypeSystemDescription(),
                topicTypeSystem()));
        JCas jcas = JCasFactory.createJCas(typeSystem);
        jcas.setDocumentText("A Shahed drone hit Odesa, the governor said.");
        Type topicType = jcas.getTypeSystem().getType("org.example.Topic");
        AnnotationFS topic = jcas.getCas().createAnnotation(topicType, 0, 25);
        jcas.getCas().addFsToIndexes(topic);
        Weapon curatedWeapon = new Weapon(jcas, 0, 8);
        curatedWeapon.setProvenance("curated");
        curatedWeapon.addToIndexes();
        Location curatedPlace = new Location(jcas, 19, 24);
        curatedPlace.setProvenance("curated");
        curatedPlace.addToIndexes();
        Speaker speaker = new Speaker(jcas, 26, 38);
        speaker.addToIndexes();
        Quote quote = new Quote(jcas, 0, 24);
        quote.setSpeaker(speaker);
        quote.addToIndexes();
        new Token(jcas, 0, 25).addToIndexes();
        try (OutputStream out = Files.newOutputStream(input.resolve("doc.xmi"))) {
            XmiCasSerializer.serialize(jcas.getCas(), out);
        }
        try (OutputStream out = Files.newOutputStream(input.resolve("TypeSystem.xml"))) {
            typeSystem.toXML(out);
        }
        Path output = dir.resolve("out");

        CommandTester result = CommandTester.run("annotate", "--input", input.toString(),
                "--output", output.toString(), "--pipeline", "weapons");

        assertEquals(0, result.exitCode, result.err);
        JCas annotated = AnnotateCommandTest.readXmi(output.resolve("doc.xmi"),
                output.resolve("TypeSystem.xml")).getJCas();
        assertEquals(1, annotated.getCas().getAnnotationIndex(annotated.getTypeSystem()
                .getType("org.example.Topic")).size());
        assertEquals(List.of("Shahed drone"), JCasUtil.select(annotated, Weapon.class).stream()
                .filter(w -> !"curated".equals(w.getProvenance())).map(Weapon::getCoveredText)
                .toList());
        assertEquals(1, JCasUtil.select(annotated, Weapon.class).size());
        assertEquals(List.of("Odesa curated"), JCasUtil.select(annotated, Location.class).stream()
                .map(l -> l.getCoveredText() + " " + l.getProvenance()).toList());
        assertEquals(List.of("the governor"), JCasUtil.select(annotated, Quote.class).stream()
                .map(q -> q.getSpeaker().getCoveredText()).toList());
        assertEquals(List.of("A", "Shahed", "drone", "hit", "Odesa", ",", "the", "governor",
                "said", "."), JCasUtil.select(annotated, Token.class).stream()
                        .map(Token::getCoveredText).toList());
    }

    private static TypeSystemDescription topicTypeSystem()
    {
        TypeSystemDescription description = UIMAFramework.getResourceSpecifierFactory()
                .createTypeSystemDescription();
        description.addType("org.example.Topic", "A workbench layer", CAS.TYPE_NAME_ANNOTATION);
        return description;
    }
}
