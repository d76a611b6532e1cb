package org.conflictkit.pipelines.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;

import org.conflictkit.pipelines.Pipelines;
import org.conflictkit.pipelines.eval.EvaluationReport;
import org.conflictkit.pipelines.eval.Evaluator;
import org.conflictkit.pipelines.eval.GoldDocument;
import org.conflictkit.pipelines.eval.GoldFormat;
import org.conflictkit.pipelines.eval.GoldReader;
import org.conflictkit.pipelines.eval.Scorer;
import org.conflictkit.pipelines.run.Progress;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code conflictkit evaluate}: scores a pipeline against gold documents. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = { "Scores a pipeline against gold documents: ConflictKit's own (.md inline markup or .xmi) "
                + "or a public corpus in its published format (--gold-format; docs/evaluation.md says what is compared).",
                "Only the types the gold annotates are scored. Spans match leniently when they overlap, strictly when "
                + "their offsets are equal; where the gold has coordinates, matched toponyms are also scored for "
                + "geocoding (accuracy within 161 km, mean and median error, AUC of the log error; unresolved at 20039 km)." },
        footer = { "", "Formats:",
                "  markup      .md files in ConflictKit's inline markup (all types)",
                "  xmi         .xmi files with ConflictKit annotations (all types)",
                "  geoxml      LGL, TR-News, WikToR, GeoVirus XML: toponyms as Locations, with coordinates;",
                "              adjectival toponyms (Turkish) are reported apart",
                "  polnear     a PolNeAR split folder (text/, attributions/): contents as Quotes (direct when",
                "              they hold a double quotation mark), sources as Speakers; speaker accuracy on",
                "              matched direct quotes",
                "  muc4        MUC-4 processed JSON lines: Weapon and Victim fillers scored per document and",
                "              entity against Weapons and CasualtyCounts",
                "  wikievents  WikiEvents JSON lines: WEA mentions as Weapons; Place and Victim arguments as",
                "              Locations and CasualtyCounts (recall only)" })
public final class EvaluateCommand
    implements Callable<Integer>
{
    @Spec
    private CommandSpec spec;

    @Option(names = "--gold", required = true, arity = "1..*", paramLabel = "PATH",
            description = "Gold files or folders of them.")
    private List<Path> gold;

    @Option(names = "--gold-format", paramLabel = "FORMAT",
            description = "markup, xmi, geoxml, polnear, muc4 or wikievents (default: markup and xmi told apart by extension).")
    private String goldFormat;

    @Mixin
    private PipelineOption pipeline;

    @Mixin
    private ThreadsOption threads;

    @Option(names = "--json", description = "Print the scores as JSON.")
    private boolean json;

    @Option(names = "--errors", description = "Also list missed, spurious and wrongly featured annotations.")
    private boolean errors;

    @Option(names = "--geocoding-errors", paramLabel = "FILE",
            description = "Write the matched toponyms geocoded more than 161 km from their gold point (or not at all) "
                    + "to FILE, tab-separated: document, text, gold place, gold point, predicted point, km, provenance, context.")
    private Path geocodingErrors;

    @Option(names = "--floors", paramLabel = "FILE",
            description = "Properties file of minimum scores (e.g. Weapon.lenient.f1=0.90); exit 1 when one is missed.")
    private Path floors;

    @Option(names = "--upper-case",
            description = "Score the gold documents written in capitals (offsets kept), as wire services send them.")
    private boolean upperCase;

    @Override
    public Integer call() throws Exception
    {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Properties minimums = floors == null ? new Properties() : readFloors(floors);
        GoldFormat format = format(goldFormat);
        GoldReader.GoldSet goldSet = GoldReader.read(gold, format);
        goldSet.problems().forEach(p -> err.println("error: " + p));
        goldSet.notes().forEach(n -> err.println("note: " + n));
        if (goldSet.documents().isEmpty()) {
            err.println("error: no gold documents to evaluate");
            return ConflictKitCommand.EXIT_USAGE;
        }
        List<GoldDocument> documents = upperCase
                ? goldSet.documents().stream().map(GoldDocument::upperCased).toList()
                : goldSet.documents();
        List<String> failures = new ArrayList<>();
        Scorer scorer = Evaluator.evaluate(documents, goldSet.scope(),
                Pipelines.create(pipeline.name()), threads.threads(), Progress::toConsole,
                failures);
        failures.forEach(f -> err.println("error: " + f));
        EvaluationReport report = scorer.report();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(report.toJson()));
        }
        else {
            out.print(report.render());
        }
        if (errors) {
            scorer.errors().forEach(out::println);
        }
        if (geocodingErrors != null) {
            Files.write(geocodingErrors, scorer.geocodingErrors(), StandardCharsets.UTF_8);
        }
        int missed = checkFloors(minimums, report.metrics(), err);
        return missed > 0 || !goldSet.problems().isEmpty() || !failures.isEmpty()
                ? ConflictKitCommand.EXIT_FAILURES : 0;
    }

    private GoldFormat format(String name)
    {
        if (name == null) {
            return null;
        }
        try {
            return GoldFormat.valueOf(name.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "unknown --gold-format '" + name
                    + "': use markup, xmi, geoxml, polnear, muc4 or wikievents");
        }
    }

    private static Properties readFloors(Path file) throws IOException
    {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static int checkFloors(Properties minimums, Map<String, Double> metrics,
            PrintWriter err)
    {
        int missed = 0;
        for (String key : minimums.stringPropertyNames().stream().sorted().toList()) {
            Double value = metrics.get(key);
            if (value == null) {
                throw new IllegalArgumentException("unknown metric '" + key
                        + "' in the floors file; metrics are named like Weapon.lenient.f1");
            }
            double minimum = Double.parseDouble(minimums.getProperty(key).trim());
            if (value < minimum) {
                err.printf(Locale.ROOT, "floor missed: %s = %.4f < %.4f%n", key, value, minimum);
                missed++;
            }
        }
        return missed;
    }
}
