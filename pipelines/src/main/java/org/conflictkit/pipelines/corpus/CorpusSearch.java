package org.conflictkit.pipelines.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.inl.blacklab.exceptions.ErrorOpeningIndex;
import nl.inl.blacklab.exceptions.InvalidQuery;
import nl.inl.blacklab.queryParser.corpusql.CorpusQueryLanguageParser;
import nl.inl.blacklab.search.BlackLab;
import nl.inl.blacklab.search.BlackLabIndex;
import nl.inl.blacklab.search.Kwic;
import nl.inl.blacklab.search.indexmetadata.Annotation;
import nl.inl.blacklab.search.lucene.MatchInfo;
import nl.inl.blacklab.search.lucene.RelationInfo;
import nl.inl.blacklab.search.results.ContextSize;
import nl.inl.blacklab.search.results.Hit;
import nl.inl.blacklab.search.results.Hits;
import nl.inl.blacklab.search.results.Kwics;
import nl.inl.blacklab.search.results.QueryInfo;

/** CQL (CQP's Corpus Query Language) searches in an index made by {@link CorpusIndex}. */
public final class CorpusSearch
    implements AutoCloseable
{
    /** The token annotations of the index. */
    public static final List<String> ANNOTATIONS = List.of("word", "lemma", "pos");

    /**
     * One hit: its document, token positions [start, end), the words around it, the matched
     * tokens per annotation, and the attributes of the spans the query named (a span attribute
     * seen twice keeps its first value).
     */
    public record Match(String document, int start, int end, List<String> left,
            Map<String, List<String>> tokens, List<String> right, Map<String, String> attributes)
    {
        /** The matched words, space-separated. */
        public String text()
        {
            return String.join(" ", tokens.get("word"));
        }
    }

    private final BlackLabIndex index;

    private CorpusSearch(BlackLabIndex index)
    {
        this.index = index;
    }

    public static CorpusSearch open(Path indexDir) throws IOException
    {
        if (!Files.isDirectory(indexDir)) {
            throw new IllegalArgumentException(indexDir + ": no such index folder");
        }
        try {
            return new CorpusSearch(BlackLab.open(indexDir.toFile()));
        }
        catch (ErrorOpeningIndex e) {
            throw new IllegalArgumentException(indexDir + ": not a ConflictKit index ("
                    + e.getMessage() + ")", e);
        }
    }

    /** The number of hits of a query. */
    public long count(String cql)
    {
        return hits(cql).size();
    }

    /** Every hit of a query, with {@code context} words either side. */
    public List<Match> find(String cql, int context)
    {
        Hits hits = hits(cql);
        Kwics kwics = hits.kwics(ContextSize.get(context, context, Integer.MAX_VALUE));
        Annotation word = index.mainAnnotatedField().annotation("word");
        List<Match> matches = new ArrayList<>();
        for (Hit hit : hits) {
            Kwic kwic = kwics.get(hit);
            Map<String, List<String>> tokens = new LinkedHashMap<>();
            for (String name : ANNOTATIONS) {
                tokens.put(name, kwic.match(index.mainAnnotatedField().annotation(name)));
            }
            matches.add(new Match(index.luceneDoc(hit.doc()).get("id"), hit.start(), hit.end(),
                    kwic.before(word), tokens, kwic.after(word), spanAttributes(hit)));
        }
        return matches;
    }

    private static Map<String, String> spanAttributes(Hit hit)
    {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (hit.matchInfo() == null) {
            return attributes;
        }
        for (MatchInfo info : hit.matchInfo()) {
            if (info instanceof RelationInfo span) {
                span.getAttributes().forEach((name, values) -> {
                    if (!values.isEmpty()) {
                        attributes.putIfAbsent(name, values.get(0));
                    }
                });
            }
        }
        return attributes;
    }

    private Hits hits(String cql)
    {
        try {
            return index.find(CorpusQueryLanguageParser.parse(cql).toQuery(QueryInfo.create(index)),
                    null);
        }
        catch (InvalidQuery e) {
            throw new IllegalArgumentException("not a valid CQL query: " + cql + " ("
                    + e.getMessage() + ")", e);
        }
    }

    @Override
    public void close()
    {
        index.close();
    }
}
