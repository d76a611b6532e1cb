package org.conflictkit.pipelines.corpus;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVPrinter;
import org.conflictkit.pipelines.io.TableCasWriter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code conflictkit query}: a CQL search in an index made by {@code conflictkit index}, printed
 * as a concordance, as hit counts per value of an attribute, or as one count.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Searches an index made by 'conflictkit index' with CQL, e.g. "
                + "'<weapon category=\"DRONE\"/>' or '[lemma=\"strike\"] []{0,3} <location country_code=\"UA\"/>'.")
public final class QueryCommand
    implements Callable<Integer>
{
    /** Words of context either side of a hit. */
    static final int CONTEXT = 8;
    static final List<String> HEADER = List.of("document_id", "start", "end", "left", "match",
            "right");

    enum Format
    {
        kwic, csv, json
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--index", required = true, paramLabel = "DIR",
            description = "Index folder made by 'conflictkit index'.")
    private Path index;

    @Parameters(index = "0", paramLabel = "CQL", description = "The query, in CQL (CQP's Corpus Query Language).")
    private String cql;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "kwic",
            description = "kwic (aligned concordance), csv or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--group-by", paramLabel = "ATTRIBUTE",
            description = "Count hits per value: word, lemma or pos of the matched tokens, or an "
                    + "attribute of a span the query names (category, status, country_code...).")
    private String groupBy;

    @Option(names = "--count", description = "Print only the number of hits.")
    private boolean count;

    @Override
    public Integer call() throws Exception
    {
        PrintWriter out = spec.commandLine().getOut();
        try (CorpusSearch search = CorpusSearch.open(index)) {
            if (count) {
                out.println(search.count(cql));
                return 0;
            }
            List<CorpusSearch.Match> matches = search.find(cql, CONTEXT);
            if (groupBy != null) {
                printGroups(out, groups(matches, groupBy));
            }
            else {
                printMatches(out, matches);
            }
        }
        return 0;
    }

    /** Hits per value of the attribute, most frequent first, then by value. */
    static Map<String, Long> groups(List<CorpusSearch.Match> matches, String attribute)
    {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (CorpusSearch.Match match : matches) {
            counts.merge(groupValue(match, attribute), 1L, Long::sum);
        }
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static String groupValue(CorpusSearch.Match match, String attribute)
    {
        if (CorpusSearch.ANNOTATIONS.contains(attribute)) {
            return String.join(" ", match.tokens().get(attribute));
        }
        return match.attributes().getOrDefault(attribute, "");
    }

    private void printGroups(PrintWriter out, Map<String, Long> groups) throws Exception
    {
        switch (format) {
        case json -> out.println(json().writeValueAsString(groups));
        case csv -> {
            CSVPrinter printer = new CSVPrinter(out, TableCasWriter.CSV);
            printer.printRecord(groupBy, "hits");
            for (Map.Entry<String, Long> group : groups.entrySet()) {
                printer.printRecord(group.getKey(), group.getValue());
            }
            printer.flush();
        }
        case kwic -> groups.forEach((value, hits) -> out.printf("%7d  %s%n", hits, value));
        }
    }

    private void printMatches(PrintWriter out, List<CorpusSearch.Match> matches) throws Exception
    {
        switch (format) {
        case json -> out.println(json().writeValueAsString(matches));
        case csv -> {
            CSVPrinter printer = new CSVPrinter(out, TableCasWriter.CSV);
            printer.printRecord(HEADER);
            for (CorpusSearch.Match m : matches) {
                printer.printRecord(m.document(), m.start(), m.end(), String.join(" ", m.left()),
                        m.text(), String.join(" ", m.right()));
            }
            printer.flush();
        }
        case kwic -> {
            int width = matches.stream().mapToInt(m -> m.document().length()).max().orElse(0);
            for (CorpusSearch.Match m : matches) {
                out.printf("%-" + width + "s  %60s [%s] %s%n", m.document(),
                        tail(String.join(" ", m.left()), 60), m.text(), String.join(" ", m.right()));
            }
        }
        }
    }

    private static String tail(String text, int length)
    {
        return text.length() <= length ? text : text.substring(text.length() - length);
    }

    private static ObjectMapper json()
    {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
}
