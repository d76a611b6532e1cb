package org.conflictkit.annotators.quote;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.resource.ResourceInitializationException;
import org.conflictkit.annotators.lexicon.LexiconResource;
import org.conflictkit.annotators.quote.ReportParser.Mention;
import org.conflictkit.annotators.quote.ReportParser.Span;
import org.conflictkit.annotators.quote.ReportParser.TermHit;
import org.conflictkit.annotators.rules.DecisionLog;
import org.conflictkit.annotators.rules.Interruption;
import org.conflictkit.annotators.rules.Provenance;
import org.conflictkit.annotators.rules.Provenance.Engine;
import org.conflictkit.type.Quote;
import org.conflictkit.type.Speaker;
import org.conflictkit.type.SpeechEvent;

/**
 * Attributes each {@link Quote} to the mention of its source and describes the source. Runs
 * after {@link QuoteAnnotator}, whose {@link SpeechEvent}s it reads: the reports of the
 * document, parsed once by the quote engine (without them, only the sieves from
 * {@code colon-introduction} on attribute quotes).
 * <p>
 * Stage 1, quote to mention: ordered sieves, each trying only the quotes earlier ones left, in
 * precision order: {@code report} (a speech verb whose reported clause holds the quote: "“...,”
 * said X", "X said: “...”", "X called it a “...”"), {@code according-to} ("..., according to
 * X"), {@code colon-introduction} ("X on Telegram: “...”"), {@code same-paragraph} (a quote
 * that opens its own sentence after an attributed quote of the paragraph), and
 * {@code paragraph-continuation} (a paragraph that is only a quote continues the previous
 * paragraph's speaker), then {@code continued-paragraph} (a quote left open at the end of its
 * paragraph takes the speaker of the quote that continues it). Direct quotes no sieve attributes
 * (titles, scare quotes) and quotes nested inside a direct quote are removed.
 * <p>
 * Stage 2, mention to speaker: one {@link Speaker} per mention, as written ("Air Force
 * spokesman Yuriy Ignat", "he"). Pronouns take the most recent compatible earlier speaker;
 * definite descriptions ("the mayor") the most recent speaker they describe; names their
 * fullest form in the document ("Zelenskyy" to "Volodymyr Zelenskyy"); bodies are named by
 * their mention. {@code official} comes from the lexicon of titles and bodies (see the README
 * beside {@code lists.def}), looked up in the mention, its apposition, then the titles the
 * document gives the same name. The Speaker's {@code provenance} records how the mention was
 * found and resolved; the Quote's records the sieve that attributed it.
 */
@ResourceMetaData(name = "ConflictKit speaker annotator")
@TypeCapability(inputs = { "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
        "org.conflictkit.type.Quote", "org.conflictkit.type.SpeechEvent" }, outputs = {
                "org.conflictkit.type.Speaker",
                "org.conflictkit.type.Speaker:name", "org.conflictkit.type.Speaker:title",
                "org.conflictkit.type.Speaker:organization",
                "org.conflictkit.type.Speaker:official",
                "org.conflictkit.type.Speaker:provenance", "org.conflictkit.type.Quote:speaker",
                "org.conflictkit.type.Quote:cue", "org.conflictkit.type.SpeechEvent:quotes" })
public class SpeakerAnnotator
    extends JCasAnnotator_ImplBase
{
    /**
     * The speech verb and speaker lexicon: a {@link LexiconResource} naming a {@code lists.def}
     * index (see the README beside the bundled one), shared with the
     * {@link QuoteAnnotator}. Optional; without it the engine reads the bundled lists.
     */
    public static final String KEY_LEXICON = LexiconResource.KEY;
    @ExternalResource(key = KEY_LEXICON, mandatory = false)
    private LexiconResource lexicon;

    /** Text order: by begin, the longer first. */
    private static final Comparator<Quote> TEXT_ORDER = Comparator.comparingInt(Quote::getBegin)
            .thenComparing(Comparator.comparingInt(Quote::getEnd).reversed());

    private ReportParser parser;

    /**
     * A quote's source mention, the sieve that found it, the cue's lemma, and the speech event
     * that reports the quote (sieves report and according-to; null for the others).
     */
    private record Attribution(Mention mention, String mentionRule, String sieve, String lemma,
            SpeechEvent event)
    {
    }

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException
    {
        super.initialize(context);
        parser = new ReportParser(QuoteLexicon.get(lexicon));
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException
    {
        List<Quote> quotes = new ArrayList<>(JCasUtil.select(jcas, Quote.class));
        quotes.sort(TEXT_ORDER);
        List<int[]> quotations = new ArrayList<>();
        for (Quote q : quotes) {
            if (q.getDirect()) {
                quotations.add(new int[] { q.getBegin(), q.getEnd() });
            }
        }
        QuoteUnits d = QuoteUnits.of(jcas, quotations);
        List<List<SpeechEvent>> eventsOfUnit = new ArrayList<>();
        for (int u = 0; u < d.unitStart.length; u++) {
            eventsOfUnit.add(new ArrayList<>());
        }
        // The first event in text order that reports an indirect quote attributes it.
        Map<Quote, SpeechEvent> reporting = new IdentityHashMap<>();
        for (SpeechEvent e : JCasUtil.select(jcas, SpeechEvent.class)) {
            int t = d.tokens.tokenAtOrAfter(e.getBegin());
            if (t < d.tokens.size()) {
                eventsOfUnit.get(d.unit[t]).add(e);
            }
            if (e.getQuotes() != null) {
                e.getQuotes().forEach(q -> reporting.putIfAbsent(q, e));
            }
        }
        List<ReportRegions[]> reports = new ArrayList<>();
        for (List<SpeechEvent> events : eventsOfUnit) {
            reports.add(new ReportRegions[] { new ReportRegions(events, true),
                    new ReportRegions(events, false) });
        }

        Map<Quote, Attribution> attributed = new IdentityHashMap<>();
        List<Quote> kept = new ArrayList<>();
        List<Quote> unattributed = new ArrayList<>();
        Set<Quote> insideDirect = Collections.newSetFromMap(new IdentityHashMap<>());
        // The furthest end of the kept direct quotes that begin before the current quote (the
        // quotes come in text order), and of those that begin where it does.
        int keptDirectEnd = -1;
        int groupBegin = -1;
        int groupEnd = -1;
        for (Quote q : quotes) {
            Interruption.check();
            if (q.getBegin() > groupBegin) {
                keptDirectEnd = Math.max(keptDirectEnd, groupEnd);
                groupBegin = q.getBegin();
                groupEnd = -1;
            }
            Attribution a;
            if (q.getDirect()) {
                // A quote inside a direct quote is part of what its speaker said.
                a = q.getEnd() <= keptDirectEnd ? null
                        : attributeDirect(d, q, reports, kept, attributed);
            }
            else {
                SpeechEvent e = reporting.get(q);
                a = e == null ? null : attribution(d, e, "report");
            }
            if (a == null) {
                unattributed.add(q);
                if (q.getDirect() && q.getEnd() <= keptDirectEnd) {
                    insideDirect.add(q);
                }
                continue;
            }
            attributed.put(q, a);
            kept.add(q);
            if (q.getDirect()) {
                groupEnd = Math.max(groupEnd, q.getEnd());
            }
        }
        continuedQuotes(d, unattributed, kept, attributed);
        DecisionLog log = DecisionLog.active();
        for (Quote q : unattributed) {
            if (!attributed.containsKey(q)) {
                q.removeFromIndexes();
                if (log != null) {
                    log.rejected(q.getBegin(), q.getEnd(), Provenance.of(Engine.SPEAKER,
                            insideDirect.contains(q) ? "inside-direct-quote" : "no-speaker")
                            .with("candidate", Provenance.ruleKey(q.getProvenance())));
                }
            }
        }
        kept.sort(TEXT_ORDER);

        Map<Long, Speaker> speakers = describeSpeakers(jcas, d, kept, attributed);
        Map<SpeechEvent, List<Quote>> directOfEvent = new LinkedHashMap<>();
        for (Quote q : kept) {
            Attribution a = attributed.get(q);
            Span w = a.mention().words();
            q.setSpeaker(speakers.get(key(w.first(), w.last())));
            if (q.getDirect() && q.getCue() == null) {
                q.setCue(a.lemma());
            }
            q.setProvenance(Provenance.append(q.getProvenance(), "sieve", a.sieve()));
            if (q.getDirect() && a.event() != null) {
                directOfEvent.computeIfAbsent(a.event(), e -> new ArrayList<>()).add(q);
            }
        }
        directOfEvent.forEach((e, direct) -> addQuotes(jcas, e, direct));
    }

    /** The speech event's quotes with the direct quotes attributed to it, in text order. */
    private static void addQuotes(JCas jcas, SpeechEvent event, List<Quote> direct)
    {
        List<Quote> all = new ArrayList<>(direct);
        if (event.getQuotes() != null) {
            event.getQuotes().forEach(all::add);
        }
        all.sort(TEXT_ORDER);
        event.setQuotes(FSArray.create(jcas, all.toArray(Quote[]::new)));
    }

    /** What a speech event says about its source. */
    private static Attribution attribution(QuoteUnits d, SpeechEvent e, String sieve)
    {
        Span apposition = e.getAppositionEnd() > e.getAppositionBegin()
                ? tokens(d, e.getAppositionBegin(), e.getAppositionEnd()) : null;
        String rule = Provenance.ruleKey(e.getProvenance());
        return new Attribution(new Mention(tokens(d, e.getSourceBegin(), e.getSourceEnd()),
                apposition), rule.substring(rule.indexOf('/') + 1), sieve, e.getCue(), e);
    }

    /** The tokens over characters {@code [begin, end)}. */
    private static Span tokens(QuoteUnits d, int begin, int end)
    {
        return new Span(d.tokens.tokenAtOrAfter(begin), d.tokens.tokenAtOrAfter(end) - 1);
    }

    // ---- stage 1: quote to mention

    private Attribution attributeDirect(QuoteUnits d, Quote q, List<ReportRegions[]> reports,
            List<Quote> kept, Map<Quote, Attribution> attributed)
    {
        int first = d.tokens.tokenAtOrAfter(q.getBegin());
        if (first >= d.tokens.size()) {
            return null;
        }
        int u = d.unit[first];
        Attribution a = containingReport(d, q, reports.get(u)[0], true);
        if (a == null) {
            a = containingReport(d, q, reports.get(u)[1], false);
        }
        if (a == null) {
            a = colonIntroduction(d, q, u);
        }
        if (a == null) {
            a = sameParagraph(d, first, kept, attributed);
        }
        if (a == null) {
            a = paragraphContinuation(d, first, kept, attributed);
        }
        return a;
    }

    /** The event with a cue (or without, for "according to") whose clause holds the quote. */
    private static Attribution containingReport(QuoteUnits d, Quote q, ReportRegions regions,
            boolean withCue)
    {
        SpeechEvent best = regions.holding(q.getBegin(), q.getEnd());
        return best == null ? null : attribution(d, best, withCue ? "report" : "according-to");
    }

    /** "Kovalenko on Telegram: “...”": the unit's subject before a colon. */
    private Attribution colonIntroduction(QuoteUnits d, Quote q, int u)
    {
        int i = q.getBegin() - 1;
        while (i >= 0 && (Character.isWhitespace(d.tokens.documentText().charAt(i))
                || "\"'\u201C\u2018\u00AB".indexOf(d.tokens.documentText().charAt(i)) >= 0)) {
            i--;
        }
        if (i < 0 || d.tokens.documentText().charAt(i) != ':') {
            return null;
        }
        int colon = d.tokens.tokenAtOrAfter(i);
        Mention subject = parser.unitSubject(d, d.unitStart[u], colon);
        return subject == null ? null
                : new Attribution(subject, "unit-subject", "colon-introduction", null, null);
    }

    /** “A,” he said. “B.”: a quote opening its sentence continues the paragraph's last quote. */
    private static Attribution sameParagraph(QuoteUnits d, int first, List<Quote> kept,
            Map<Quote, Attribution> attributed)
    {
        int u = d.unit[first];
        for (int t = d.unitStart[u]; t < first; t++) {
            if (!d.isOpeningQuote(t)) {
                return null;
            }
        }
        for (int k = kept.size() - 1; k >= 0; k--) {
            Quote previous = kept.get(k);
            int t = d.tokens.tokenAtOrAfter(previous.getBegin());
            if (t >= d.tokens.size() || d.tokens.paragraphOf(t) != d.tokens.paragraphOf(first)) {
                return null;
            }
            if (previous.getDirect()) {
                Attribution a = attributed.get(previous);
                return new Attribution(a.mention(), a.mentionRule(), "same-paragraph",
                        a.lemma(), null);
            }
        }
        return null;
    }

    /** A paragraph that is nothing but a quote continues the previous paragraph's speaker. */
    private static Attribution paragraphContinuation(QuoteUnits d, int first,
            List<Quote> kept, Map<Quote, Attribution> attributed)
    {
        int paragraph = d.tokens.paragraphOf(first);
        for (int t = first; t >= 0 && d.tokens.paragraphOf(t) == paragraph; t--) {
            if (!d.quoted[t] && d.tokens.isWord(t)) {
                return null;
            }
        }
        for (int t = first; t < d.tokens.size() && d.tokens.paragraphOf(t) == paragraph; t++) {
            if (!d.quoted[t] && d.tokens.isWord(t)) {
                return null;
            }
        }
        for (int k = kept.size() - 1; k >= 0; k--) {
            Quote previous = kept.get(k);
            int t = d.tokens.tokenAtOrAfter(previous.getBegin());
            if (t < d.tokens.size() && d.tokens.paragraphOf(t) == paragraph - 1) {
                Attribution a = attributed.get(previous);
                return new Attribution(a.mention(), a.mentionRule(), "paragraph-continuation",
                        null, null);
            }
            if (t < d.tokens.size() && d.tokens.paragraphOf(t) < paragraph - 1) {
                return null;
            }
        }
        return null;
    }

    /**
     * A quote running over several paragraphs is attributed where it ends: a paragraph left
     * open takes the speaker of the quote that opens the next paragraph (last sieve).
     */
    private static void continuedQuotes(QuoteUnits d, List<Quote> unattributed,
            List<Quote> kept, Map<Quote, Attribution> attributed)
        throws AnalysisEngineProcessException
    {
        for (int i = unattributed.size() - 1; i >= 0; i--) {
            Interruption.check();
            Quote q = unattributed.get(i);
            if (!q.getDirect() || !endsParagraph(d.tokens.documentText(), q.getEnd())) {
                continue;
            }
            int next = d.tokens.documentText().indexOf('\n', q.getEnd());
            for (Quote other : kept) {
                if (next >= 0 && other.getDirect() && other.getBegin() > next
                        && d.tokens.documentText().substring(next, other.getBegin()).strip().length() <= 1) {
                    Attribution a = attributed.get(other);
                    attributed.put(q, new Attribution(a.mention(), a.mentionRule(),
                            "continued-paragraph", a.lemma(), null));
                    kept.add(q);
                    break;
                }
            }
        }
    }

    private static boolean endsParagraph(String text, int end)
    {
        int i = end;
        while (i < text.length() && text.charAt(i) != '\n') {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
            i++;
        }
        return true;
    }

    // ---- stage 2: mention to speaker

    private Map<Long, Speaker> describeSpeakers(JCas jcas, QuoteUnits d, List<Quote> kept,
            Map<Quote, Attribution> attributed)
        throws AnalysisEngineProcessException
    {
        TreeMap<Long, Attribution> mentions = new TreeMap<>();
        for (Quote q : kept) {
            Span w = attributed.get(q).mention().words();
            mentions.putIfAbsent(key(w.first(), w.last()), attributed.get(q));
        }
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int t = 0; t < d.tokens.size(); t++) {
            positions.computeIfAbsent(d.tokens.text(t), k -> new ArrayList<>()).add(t);
        }
        Antecedents earlier = new Antecedents(d);
        Map<String, NameInDocument> names = new HashMap<>();
        Map<Long, Speaker> speakers = new HashMap<>();
        for (Map.Entry<Long, Attribution> entry : mentions.entrySet()) {
            Interruption.check();
            Mention mention = entry.getValue().mention();
            SpeakerProfile p = SpeakerProfile.describe(d, parser, mention,
                    entry.getValue().mentionRule());
            resolve(d, p, earlier, positions, names);
            if (p.official == null) {
                p.official = false;
                p.provenance = p.provenance.with("official", "default");
            }
            earlier.add(p);
            Span w = mention.words();
            Speaker speaker = new Speaker(jcas, d.tokens.begin(w.first()), d.tokens.end(w.last()));
            speaker.setName(p.name);
            speaker.setTitle(p.title);
            speaker.setOrganization(p.organization);
            speaker.setOfficial(p.official);
            speaker.setProvenance(p.provenance.toString());
            speaker.addToIndexes();
            speakers.put(entry.getKey(), speaker);
        }
        return speakers;
    }

    private void resolve(QuoteUnits d, SpeakerProfile p, Antecedents earlier,
            Map<String, List<Integer>> positions, Map<String, NameInDocument> names)
    {
        if (p.pronoun != null) {
            SpeakerProfile antecedent = earlier.latestFor(p.pronoun);
            if (antecedent != null) {
                p.copyFrom(antecedent, "pronoun");
                return;
            }
            p.provenance = p.provenance.with("resolved", "none");
            return;
        }
        Span words = p.mention.words();
        String head = definiteHead(d, words);
        if (head != null) {
            SpeakerProfile antecedent = earlier.latestNamedContaining(head);
            if (antecedent != null) {
                p.copyFrom(antecedent, "definite-description");
                return;
            }
        }
        if (p.person && p.name != null) {
            Span namePart = parser.namePart(d, words);
            fullName(d, p, namePart, positions, names);
        }
    }

    /**
     * The earlier speaker profiles, with the latest antecedent of each kind kept up to date, so
     * that resolving a mention does not walk back over every earlier speaker of a long document.
     */
    private static final class Antecedents
    {
        private final QuoteUnits d;
        private final List<SpeakerProfile> profiles = new ArrayList<>();
        private final List<String> lowerTexts = new ArrayList<>();
        private SpeakerProfile latestPerson;
        private SpeakerProfile latestSingularThing;
        private SpeakerProfile latestGroup;
        /** Per definite head: how many profiles were searched, and the latest that matched. */
        private final Map<String, Integer> searched = new HashMap<>();
        private final Map<String, SpeakerProfile> latestWithHead = new HashMap<>();

        Antecedents(QuoteUnits d)
        {
            this.d = d;
        }

        void add(SpeakerProfile e)
        {
            profiles.add(e);
            lowerTexts.add(SpeakerProfile.text(d, e.mention.words()).toLowerCase(Locale.ROOT));
            latestPerson = e.person ? e : latestPerson;
            latestSingularThing = !e.person && !e.plural ? e : latestSingularThing;
            latestGroup = e.plural || !e.person ? e : latestGroup;
        }

        /** The latest profile a pronoun may refer to: he/she a person, it a thing, they a group. */
        SpeakerProfile latestFor(String pronoun)
        {
            return switch (pronoun) {
            case "he", "she" -> latestPerson;
            case "it" -> latestSingularThing;
            default -> latestGroup;
            };
        }

        /** The latest named profile whose mention contains the head ("the ministry"). */
        SpeakerProfile latestNamedContaining(String head)
        {
            for (int k = searched.getOrDefault(head, 0); k < profiles.size(); k++) {
                SpeakerProfile e = profiles.get(k);
                if (e.pronoun == null && e.name != null && lowerTexts.get(k).contains(head)) {
                    latestWithHead.put(head, e);
                }
            }
            searched.put(head, profiles.size());
            return latestWithHead.get(head);
        }
    }

    /** "the mayor", "the ministry": the head word of a description without a proper name. */
    private String definiteHead(QuoteUnits d, Span words)
    {
        if (!d.lower[words.first()].equals("the") || parser.hasName(d, words)) {
            return null;
        }
        for (int t = words.first() + 1; t <= words.last(); t++) {
            if (d.tokens.isCapitalised(t)) {
                return null;
            }
        }
        List<TermHit> hits = parser.terms(d, words);
        return hits.isEmpty() ? null
                : hits.get(hits.size() - 1).term().entry().toLowerCase(Locale.ROOT);
    }

    /**
     * The fullest form of a name in the document, and the official decision, title and
     * organisation the document gives it where the mention itself says nothing.
     */
    private void fullName(QuoteUnits d, SpeakerProfile p, Span namePart,
            Map<String, List<Integer>> positions, Map<String, NameInDocument> names)
    {
        NameInDocument name = names.computeIfAbsent(SpeakerProfile.text(d, namePart),
                w -> nameInDocument(d, namePart,
                        positions.getOrDefault(d.tokens.text(namePart.last()), List.of())));
        Span best = name.longest() != null && name.longest().last()
                - name.longest().first() > namePart.last() - namePart.first() ? name.longest()
                        : namePart;
        if (p.official == null && name.official() != null) {
            p.official = name.official();
            p.provenance = p.provenance.with("official", "document-context");
        }
        if (p.title == null) {
            p.title = name.title();
        }
        p.name = SpeakerProfile.text(d, best);
        if (best != namePart) {
            p.provenance = p.provenance.with("name", "fullest-form");
        }
    }

    /**
     * What the document says around every occurrence of a name's last word that names the same
     * person (one name ends the other: "Zelenskyy", "Volodymyr Zelenskyy"; not "Imran Ahmed" and
     * "Raja Ahmed"): its longest form (the first of that length), the first official decision and
     * the first title. Worked out once per name, however often the document quotes that person.
     */
    private record NameInDocument(Span longest, Boolean official, String title)
    {
    }

    private NameInDocument nameInDocument(QuoteUnits d, Span name, List<Integer> occurrences)
    {
        Span longest = null;
        SpeakerProfile context = new SpeakerProfile(null, 0);
        // a scratch profile: only its official decision and title are kept
        context.provenance = Provenance.of(Engine.SPEAKER, "name-in-document");
        for (int t : occurrences) {
            Span full = parser.namePart(d, new Span(Math.max(0, t - 4), t));
            if (full == null || !oneEndsTheOther(d, full, name)) {
                continue;
            }
            if (longest == null || full.last() - full.first() > longest.last() - longest.first()) {
                longest = full;
            }
            if (context.official == null || context.title == null) {
                describeFromContext(d, context, full);
            }
        }
        return new NameInDocument(longest, context.official, context.title);
    }

    private static boolean oneEndsTheOther(QuoteUnits d, Span a, Span b)
    {
        int shorter = Math.min(a.last() - a.first(), b.last() - b.first());
        for (int k = 0; k <= shorter; k++) {
            if (!d.lower[a.last() - k].equals(d.lower[b.last() - k])) {
                return false;
            }
        }
        return true;
    }

    /** "Defense Minister NAME", "NAME, a rebel spokesman,", "Dagestan leader, NAME,". */
    private void describeFromContext(QuoteUnits d, SpeakerProfile p, Span name)
    {
        List<Span> contexts = new ArrayList<>();
        int before = name.first() - 1;
        if (before >= 0 && !d.lower[before].equals(",")) {
            int k = parser.npStartLeft(d, before, Math.max(0, before - 11));
            if (k <= before) {
                contexts.add(new Span(k, before));
            }
        }
        int after = name.last() + 1;
        if (after + 1 < d.tokens.size() && d.lower[after].equals(",")) {
            int end = after + 1;
            while (end < d.tokens.size() && end - after < 14 && d.tokens.isWord(end)
                    || end < d.tokens.size() && end - after < 14 && "'s()-".contains(d.lower[end])) {
                end++;
            }
            if (end > after + 1) {
                contexts.add(new Span(after + 1, end - 1));
            }
        }
        if (before > 0 && d.lower[before].equals(",")) {
            int k = parser.npStartLeft(d, before - 1, Math.max(0, before - 12));
            if (k <= before - 1) {
                contexts.add(new Span(k, before - 1));
            }
        }
        for (Span context : contexts) {
            List<TermHit> hits = parser.terms(d, context);
            Boolean official = SpeakerProfile.decide(d, hits);
            if (official != null && p.official == null) {
                p.official = official;
                p.provenance = p.provenance.with("official", "document-context");
            }
            if (p.title == null && official != null) {
                for (int i = hits.size() - 1; i >= 0 && p.title == null; i--) {
                    if (!hits.get(i).term().termClass().namesABody()) {
                        p.title = SpeakerProfile.text(d,
                                new Span(hits.get(i).first(), hits.get(i).last()));
                    }
                }
            }
        }
    }

    private static long key(int a, int b)
    {
        return ((long) a << 32) | (b & 0xffffffffL);
    }
}
