package org.conflictkit.pipelines.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Writes the run as one Corpus Workbench vertical text file, {@code conflictkit.vrt}, with a
 * registry entry and an indexing script under {@code cwb/}, so that {@code cwb/encode.sh} (which
 * runs {@code cwb-encode} and {@code cwb-makeall}) makes a corpus {@code CONFLICTKIT} that
 * {@code cqp -r cwb/registry} queries.
 * <p>
 * Positional attributes, one token per line: {@code word}, {@code lower} (the word in lower
 * case), {@code pos} and {@code lemma} (from DKPro's Token: the Universal POS tag and lemma of
 * the {@code linguistic} stage, which {@code annotate --format vrt} runs; {@code _} when unset). Structural attributes: {@code text} (document id, title, date, source, url),
 * {@code s}, and one per ConflictKit type ({@code weapon}, {@code casualty_count},
 * {@code location}, {@code quote}, {@code speaker}) with every feature of the type as an
 * annotation ({@code <weapon category="DRONE" model="Shahed-136" quantity="12" provenance="...">}),
 * in the names of {@link AnnotationTable}. A region spans the tokens its annotation covers.
 * Regions of one type never nest or overlap: where two overlap, the one that starts first (the
 * longer when both start on the same token) is kept and the other left out of the VRT (CSV and
 * XMI keep it). Regions nest like XML elements, so that BlackLab and other XML-minded readers
 * take the file: where an annotation runs over a sentence end, the sentences it touches make one
 * {@code s} region, and of two annotations of different types that cross, the one that starts
 * first is kept.
 */
public final class VrtCasWriter
    extends RunPartsWriter
{
    public static final String CORPUS_ID = "conflictkit";
    public static final String VRT_FILE = CORPUS_ID + ".vrt";
    public static final String CWB_FOLDER = "cwb";
    public static final String REGISTRY_FOLDER = "registry";
    public static final String DATA_FOLDER = "data";
    public static final String ENCODE_SCRIPT = "encode.sh";

    /** Positional attributes after {@code word}. */
    public static final List<String> POSITIONAL = List.of("lower", "pos", "lemma");
    /** Annotations of the {@code text} region. */
    public static final List<String> TEXT_KEYS = List.of("id", Documents.TITLE, Documents.DATE,
            Documents.SOURCE, Documents.URL);
    private static final String PLACEHOLDER = "_";

    /** A structural attribute: its name, the ConflictKit type it shows and its annotation keys. */
    public record Structure(String name, String typeName, List<AnnotationTable.Column> keys)
    {
    }

    /** One structural attribute per ConflictKit annotation type, in type system order. */
    public static final List<Structure> STRUCTURES = AnnotationTable.typeNames().stream()
            .map(VrtCasWriter::structure).toList();

    public VrtCasWriter(Path outputDir)
    {
        super(outputDir, "vrt", ".part");
    }

    @Override
    protected void writePart(JCas jcas, String documentId, OutputStream out) throws IOException
    {
        List<Token> tokens = new ArrayList<>(JCasUtil.select(jcas, Token.class));
        if (tokens.isEmpty()) {
            return;
        }
        List<Region> sentences = new ArrayList<>();
        for (Sentence sentence : JCasUtil.select(jcas, Sentence.class)) {
            tokenRegion(tokens, sentence, "s", Map.of()).ifPresent(sentences::add);
        }
        Map<String, Structure> byType = STRUCTURES.stream()
                .collect(Collectors.toMap(Structure::typeName, s -> s));
        Map<String, List<Region>> ours = new LinkedHashMap<>();
        for (Annotation annotation : AnnotationTable.ourAnnotations(jcas)) {
            Structure structure = byType.get(annotation.getType().getName());
            tokenRegion(tokens, annotation, structure.name(), annotations(structure, annotation))
                    .ifPresent(r -> ours.computeIfAbsent(structure.name(), n -> new ArrayList<>())
                            .add(r));
        }
        List<Region> annotations = new ArrayList<>();
        ours.values().forEach(list -> annotations.addAll(withoutOverlaps(list)));
        List<Region> regions = new ArrayList<>(sentencesAround(sentences, annotations));
        regions.addAll(withoutCrossings(annotations));

        Map<String, String> fields = Documents.fields(jcas);
        Map<String, String> text = new LinkedHashMap<>();
        TEXT_KEYS.forEach(k -> text.put(k, k.equals("id") ? documentId : fields.getOrDefault(k, "")));

        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(openTag("text", text));
        writeTokens(writer, tokens, regions);
        writer.write("</text>\n");
        writer.flush();
    }

    @Override
    protected void finish(List<Path> parts) throws IOException
    {
        AtomicFiles.write(outputDir.resolve(VRT_FILE), out -> {
            for (Path part : parts) {
                Files.copy(part, out);
            }
        });
        Path cwb = outputDir.resolve(CWB_FOLDER);
        Files.createDirectories(cwb.resolve(DATA_FOLDER));
        AtomicFiles.write(cwb.resolve(REGISTRY_FOLDER).resolve(CORPUS_ID),
                out -> out.write(registry(cwb.resolve(DATA_FOLDER).toAbsolutePath())
                        .getBytes(StandardCharsets.UTF_8)));
        Path script = cwb.resolve(ENCODE_SCRIPT);
        AtomicFiles.write(script, out -> out.write(encodeScript().getBytes(StandardCharsets.UTF_8)));
        try {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        catch (UnsupportedOperationException e) {
            // Not a POSIX file system: run it with sh.
        }
    }

    /** The {@code cwb-encode} options declaring the attributes of the VRT file. */
    public static List<String> attributeOptions()
    {
        List<String> options = new ArrayList<>();
        POSITIONAL.forEach(p -> options.addAll(List.of("-P", p)));
        options.addAll(List.of("-S", "text:0+" + String.join("+", TEXT_KEYS), "-S", "s:0"));
        for (Structure structure : STRUCTURES) {
            options.addAll(List.of("-S", structure.name() + ":0+" + structure.keys().stream()
                    .map(AnnotationTable.Column::name).collect(Collectors.joining("+"))));
        }
        return options;
    }

    static String registry(Path dataDir)
    {
        StringBuilder registry = new StringBuilder();
        registry.append("##\n## registry entry for corpus ").append(corpusName())
                .append(" (ConflictKit annotations)\n##\n\n");
        registry.append("NAME \"ConflictKit annotations\"\n");
        registry.append("ID   ").append(CORPUS_ID).append('\n');
        registry.append("HOME ").append(registryPath(dataDir)).append("\n\n");
        registry.append("##:: charset  = \"utf8\"\n##:: language = \"en\"\n\n");
        registry.append("ATTRIBUTE word\n");
        POSITIONAL.forEach(p -> registry.append("ATTRIBUTE ").append(p).append('\n'));
        registry.append('\n');
        appendStructure(registry, "text", TEXT_KEYS);
        appendStructure(registry, "s", List.of());
        for (Structure structure : STRUCTURES) {
            appendStructure(registry, structure.name(),
                    structure.keys().stream().map(AnnotationTable.Column::name).toList());
        }
        return registry.toString();
    }

    static String encodeScript()
    {
        return "#!/bin/sh\n"
                + "# Indexes ../" + VRT_FILE + " with the IMS Open Corpus Workbench into "
                + DATA_FOLDER + "/;\n"
                + "# then query it with: cqp -r " + CWB_FOLDER + "/" + REGISTRY_FOLDER + " -D "
                + corpusName() + "\n"
                + "set -e\ncd \"$(dirname \"$0\")\"\n"
                + "rm -rf " + DATA_FOLDER + " && mkdir " + DATA_FOLDER + "\n"
                + "cwb-encode -c utf8 -x -s -B -d " + DATA_FOLDER + " -f ../" + VRT_FILE + " "
                + String.join(" ", attributeOptions()) + "\n"
                + "cwb-makeall -r " + REGISTRY_FOLDER + " -V " + corpusName() + "\n";
    }

    /** The corpus name for {@code cqp}: the registry id in upper case. */
    public static String corpusName()
    {
        return CORPUS_ID.toUpperCase(Locale.ROOT);
    }

    private static void appendStructure(StringBuilder registry, String name, List<String> keys)
    {
        registry.append("# <").append(name);
        keys.forEach(k -> registry.append(' ').append(k).append("=\"..\""));
        registry.append("> ... </").append(name).append(">\n");
        registry.append("STRUCTURE ").append(name).append('\n');
        keys.forEach(k -> registry.append("STRUCTURE ").append(name).append('_').append(k)
                .append("   # [annotations]\n"));
        registry.append('\n');
    }

    private static String registryPath(Path path)
    {
        String text = path.toString();
        return text.matches("[^\\s\"]+") ? text : "\"" + text.replace("\"", "") + "\"";
    }

    private static Structure structure(String typeName)
    {
        String shortName = AnnotationTable.shortName(typeName);
        String name = shortName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        return new Structure(name, typeName, AnnotationTable.columns().stream()
                .filter(c -> c.featureName() != null && hasFeature(typeName, c.featureName()))
                .toList());
    }

    private static boolean hasFeature(String typeName, String featureName)
    {
        return AnnotationTable.featuresOf(typeName).contains(featureName);
    }

    private static Map<String, String> annotations(Structure structure, Annotation annotation)
    {
        Map<String, String> values = new LinkedHashMap<>();
        for (AnnotationTable.Column key : structure.keys()) {
            Object value = AnnotationTable.featureValue(key, annotation);
            values.put(key.name(), value == null ? "" : value.toString());
        }
        return values;
    }

    /** A span of tokens [first, last] with its tag. */
    private record Region(String name, Map<String, String> annotations, int first, int last)
    {
        int length()
        {
            return last - first;
        }
    }

    /**
     * The tokens an annotation covers; for an annotation inside a single token, that token.
     */
    private static Optional<Region> tokenRegion(List<Token> tokens, Annotation span,
            String name, Map<String, String> annotations)
    {
        int first = -1;
        int last = -1;
        for (int i = firstTokenEndingAfter(tokens, span.getBegin()); i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.getBegin() >= span.getEnd()) {
                break;
            }
            if (first < 0) {
                first = i;
            }
            last = i;
        }
        return first < 0 ? Optional.empty()
                : Optional.of(new Region(name, annotations, first, last));
    }

    private static int firstTokenEndingAfter(List<Token> tokens, int offset)
    {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (tokens.get(middle).getEnd() <= offset) {
                low = middle + 1;
            }
            else {
                high = middle;
            }
        }
        return low;
    }

    /** Keeps, of regions of one type that overlap, the first to start (the longer on a tie). */
    private static List<Region> withoutOverlaps(List<Region> regions)
    {
        List<Region> sorted = new ArrayList<>(regions);
        sorted.sort(Comparator.comparingInt(Region::first)
                .thenComparing(Comparator.comparingInt(Region::length).reversed()));
        List<Region> kept = new ArrayList<>();
        int end = -1;
        for (Region region : sorted) {
            if (region.first() > end) {
                kept.add(region);
                end = region.last();
            }
        }
        return kept;
    }

    /**
     * The sentence regions, where an annotation runs over a sentence end (a quote of two
     * sentences that starts inside the first) the sentences it touches merged into one, so that
     * regions nest.
     */
    private static List<Region> sentencesAround(List<Region> sentences, List<Region> annotations)
    {
        List<Region> merged = new ArrayList<>(sentences);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Region annotation : annotations) {
                List<Region> touched = merged.stream().filter(s -> s.first() <= annotation.last()
                        && s.last() >= annotation.first()).toList();
                boolean inside = touched.size() == 1;
                boolean around = touched.stream().allMatch(s -> s.first() >= annotation.first()
                        && s.last() <= annotation.last());
                if (!touched.isEmpty() && !inside && !around) {
                    merged.removeAll(touched);
                    merged.add(new Region("s", Map.of(), touched.get(0).first(),
                            touched.get(touched.size() - 1).last()));
                    merged.sort(Comparator.comparingInt(Region::first));
                    changed = true;
                }
            }
        }
        return merged;
    }

    /**
     * Keeps, of annotation regions of different types that cross (one starts inside the other
     * and ends after it), the one that starts first, so that regions nest.
     */
    private static List<Region> withoutCrossings(List<Region> regions)
    {
        List<Region> sorted = new ArrayList<>(regions);
        sorted.sort(Comparator.comparingInt(Region::first)
                .thenComparing(Comparator.comparingInt(Region::length).reversed()));
        List<Region> kept = new ArrayList<>();
        for (Region region : sorted) {
            if (kept.stream().noneMatch(k -> region.first() > k.first()
                    && region.first() <= k.last() && region.last() > k.last())) {
                kept.add(region);
            }
        }
        return kept;
    }

    private static void writeTokens(Writer writer, List<Token> tokens, List<Region> regions)
        throws IOException
    {
        List<List<Region>> opening = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            opening.add(new ArrayList<>());
        }
        // Longer regions open first, so that the shorter ones nest inside; sentences first on a tie.
        regions.stream()
                .sorted(Comparator.comparingInt(Region::length).reversed()
                        .thenComparing(r -> !r.name().equals("s")))
                .forEach(r -> opening.get(r.first()).add(r));
        Deque<Region> open = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (Region region : opening.get(i)) {
                writer.write(openTag(region.name(), region.annotations()));
                open.push(region);
            }
            Token token = tokens.get(i);
            String word = oneLine(token.getCoveredText());
            writer.write(escape(word) + '\t' + escape(word.toLowerCase(Locale.ROOT)) + '\t'
                    + escape(orPlaceholder(token.getPosValue())) + '\t'
                    + escape(orPlaceholder(token.getLemmaValue())) + '\n');
            for (Iterator<Region> it = open.iterator(); it.hasNext();) {
                Region region = it.next();
                if (region.last() == i) {
                    writer.write("</" + region.name() + ">\n");
                    it.remove();
                }
            }
        }
    }

    private static String openTag(String name, Map<String, String> annotations)
    {
        StringBuilder tag = new StringBuilder("<").append(name);
        annotations.forEach((key, value) -> tag.append(' ').append(key).append("=\"")
                .append(escape(oneLine(value))).append('"'));
        return tag.append(">\n").toString();
    }

    private static String orPlaceholder(String value)
    {
        return value == null || value.isBlank() ? PLACEHOLDER : oneLine(value);
    }

    private static String oneLine(String text)
    {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** XML escaping, which {@code cwb-encode -x} undoes. */
    static String escape(String text)
    {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
