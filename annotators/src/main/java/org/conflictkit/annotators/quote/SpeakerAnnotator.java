package org.conflictkit.annotators.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.resource.ResourceInitializationException;
import org.conflictkit.annotators.lexicon.LexiconResource;
import org.conflictkit.annotators.quote.QuoteLexicon.Kind;
import org.conflictkit.annotators.quote.ReportParser.Mention;
import org.conflictkit.annotators.quote.ReportParser.Span;
import org.conflictkit.annotators.quote.ReportParser.TermHit;
import org.conflictkit.annotators.quote.SpeakerProfile.Gender;
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
 * document and the sources named next to its direct quotations, parsed once by the quote engine
 * (without them, no quote is attributed to a mention of its own).
 * <p>
 * Stage 1, quote to mention: ordered sieves, each trying only the quotes earlier ones left, in
 * precision order: {@code report} (a speech verb whose reported clause holds the quote: "“...,”
 * said X", "X said: “...”", "X called it a “...”"), {@code according-to} ("..., according to
 * X"), then one sieve per rule with which the quote engine finds a source right next to a
 * quotation, named after it ({@code colon-introduction}: "X on Telegram: “...”";
 * {@code adjacent-cue}: "“...,” said X, chief of ...", "“...?” X asked";
 * {@code dash-attribution}: "“...” ― X"; {@code verdict-of}: "“...” – that was the verdict of
 * X"; {@code cue-before}: "X said, “...”"; {@code previous-subject}: "The minister struck a
 * defiant tone. “...”"), {@code same-sentence} (the speaker of the quote before it in its
 * sentence, or of the reported clause that holds it), {@code same-paragraph} (a quote that opens its own sentence
 * after an attributed quote of the paragraph), and {@code paragraph-continuation} (a paragraph
 * that is only a quote continues the previous paragraph's speaker), then
 * {@code continued-paragraph} (a quote left open at the end of its paragraph takes the speaker of
 * the quote that continues it). A direct quote no sieve attributes is kept without a speaker
 * ({@code unattributed}) when its words form a clause or sentence; shorter fragments (titles,
 * scare quotes) are removed ({@code fragment}), and so are quotes nested inside a direct quote.
 * <p>
 * Stage 2, mention to speaker: one {@link Speaker} per mention, as written ("Air Force
 * spokesman Yuriy Ignat", "he"). "He" and "she" take the person who is the subject of the
 * sentence before theirs when that person agrees and is more recent than any speaker
 * ({@code recent-subject}); pronouns otherwise take the most recent earlier speaker that agrees
 * in sex and number ({@code pronoun}); definite descriptions ("the mayor") the most recent
 * speaker they describe; names their fullest form in the document ("Zelenskyy" to "Volodymyr
 * Zelenskyy"), and spellings of one name one {@code name} ({@code name-variant}); bodies are
 * named by their mention, documents by the body that issued them. {@code official} comes from
 * the lexicon of titles and bodies (see the README beside {@code lists.def}), looked up in the mention, its apposition, then the titles the
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

    /**
     * The longest speaker noun phrase, in tokens ({@link QuoteSettings#maxNounPhrase()}): bounds
     * the mentions this engine finds itself ("X on Telegram: ...") and the names it looks up. Give
     * the {@link QuoteAnnotator} the same value.
     */
    public static final String PARAM_MAX_NOUN_PHRASE = QuoteAnnotator.PARAM_MAX_NOUN_PHRASE;
    @ConfigurationParameter(name = PARAM_MAX_NOUN_PHRASE, mandatory = true,
            defaultValue = "" + QuoteSettings.DEFAULT_MAX_NOUN_PHRASE)
    private int maxNounPhrase;

    /**
     * Tokens before each occurrence of a speaker's last name searched for the fuller form of the
     * name ({@link QuoteSettings#nameWindow()}).
     */
    public static final String PARAM_NAME_WINDOW = "nameWindow";
    @ConfigurationParameter(name = PARAM_NAME_WINDOW, mandatory = true,
            defaultValue = "" + QuoteSettings.DEFAULT_NAME_WINDOW)
    private int nameWindow;

    /**
     * Tokens before a name searched for a title that precedes it, "Defense Minister NAME"
     * ({@link QuoteSettings#contextBefore()}).
     */
    public static final String PARAM_CONTEXT_BEFORE = "contextBefore";
    @ConfigurationParameter(name = PARAM_CONTEXT_BEFORE, mandatory = true,
            defaultValue = "" + QuoteSettings.DEFAULT_CONTEXT_BEFORE)
    private int contextBefore;

    /**
     * Tokens before a name and its comma searched for a title, "Dagestan leader, NAME"
     * ({@link QuoteSettings#contextBeforeComma()}).
     */
    public static final String PARAM_CONTEXT_BEFORE_COMMA = "contextBeforeComma";
    @ConfigurationParameter(name = PARAM_CONTEXT_BEFORE_COMMA, mandatory = true,
            defaultValue = "" + QuoteSettings.DEFAULT_CONTEXT_BEFORE_COMMA)
    private int contextBeforeComma;

    /**
     * Tokens after a name and its comma searched for an apposition, "NAME, a rebel spokesman,"
     * ({@link QuoteSettings#contextAfter()}).
     */
    public static final String PARAM_CONTEXT_AFTER = "contextAfter";
    @ConfigurationParameter(name = PARAM_CONTEXT_AFTER, mandatory = true,
            defaultValue = "" + QuoteSettings.DEFAULT_CONTEXT_AFTER)
    private int contextAfter;

    /**
     * How many paragraphs back the {@code paragraph-continuation} sieve looks for the speaker a
     * quote-only paragraph continues ({@link QuoteSettings#continuationParagraphs()}).
     */
    public static final String PARAM_CONTINUATION_PARAGRAPHS = "continuationParagraphs";
    @ConfigurationParameter(name = PARAM_CONTINUATION_PARAGRAPHS, mandatory = true,
            defaultValue = "" + QuoteSettings.DEFAULT_CONTINUATION_PARAGRAPHS)
    private int continuationParagraphs;

    /**
     * The fewest words of a quote the {@code unattributed} sieve keeps without a speaker
     * ({@link QuoteSettings#minClauseWords()}).
     */
    public static final String PARAM_MIN_CLAUSE_WORDS = "minClauseWords";
    @ConfigurationParameter(name = PARAM_MIN_CLAUSE_WORDS, mandatory = true,
            defaultValue = "" + QuoteSettings.DEFAULT_MIN_CLAUSE_WORDS)
    private int minClauseWords;

    /** The last sieve, run over the quotes the per-quote sieves left (see continuedQuotes). */
    private static final String CONTINUED_PARAGRAPH = "continued-paragraph";
    /** Why a quote no rejection step and no sieve took is removed. */
    private static final String NO_SPEAKER = "no-speaker";
    /** Why such a quote is removed when its words are no clause (a title, a scare quote). */
    private static final String FRAGMENT = "fragment";
    /** The sieve that keeps a clause no other sieve attributed, without a speaker. */
    private static final String UNATTRIBUTED = "unattributed";
    /** Resolver names, as the Speaker's provenance records them. */
    private static final String RECENT_SUBJECT = "recent-subject";
    private static final String PRONOUN = "pronoun";
    private static final String DEFINITE_DESCRIPTION = "definite-description";
    private static final String DOCUMENT_CONTEXT = "document-context";
    private static final String FULLEST_FORM = "fullest-form";
    private static final String NAME_VARIANT = "name-variant";

    /** Text order: by begin, the longer first. */
    private static final Comparator<Quote> TEXT_ORDER = Comparator.comparingInt(Quote::getBegin)
            .thenComparing(Comparator.comparingInt(Quote::getEnd).reversed());

    private QuoteSettings settings;
    private ReportParser parser;

    /**
     * Stage 1, in the order tried: the first sieve that attributes a quote wins. Only
     * {@code report} tries indirect quotes (the speech event that reported them).
     */
    private final List<Sieve> sieves = sieves();

    private List<Sieve> sieves()
    {
        List<Sieve> list = new ArrayList<>();
        list.add(new Sieve("report", true, this::report));
        list.add(new Sieve("according-to", false, c -> containingReport(c, false)));
        // one sieve per rule the quote engine finds a source next to a quotation with
        for (String rule : ReportParser.quoteCueRules()) {
            list.add(new Sieve(rule, false, c -> nextTo(c, rule)));
        }
        list.add(new Sieve("same-sentence", false, SpeakerAnnotator::sameSentence));
        list.add(new Sieve("same-paragraph", false, SpeakerAnnotator::sameParagraph));
        list.add(new Sieve("paragraph-continuation", false, this::paragraphContinuation));
        return List.copyOf(list);
    }

    /** Checked before the sieves: the first that applies removes the quote. */
    private static final List<Rejection> REJECTIONS = List.of(new Rejection(
            "inside-direct-quote",
            // a quote inside a direct quote is part of what its speaker said
            c -> c.quote().getDirect() && c.quote().getEnd() <= c.keptDirectEnd()));

    /** Stage 2, in the order tried, until one settles the speaker. */
    private final List<Resolver> resolvers = List.of(
            new Resolver(RECENT_SUBJECT, this::recentSubject),
            new Resolver(PRONOUN, this::pronoun),
            new Resolver(DEFINITE_DESCRIPTION, this::definiteDescription),
            new Resolver(DOCUMENT_CONTEXT, this::documentContext),
            new Resolver(FULLEST_FORM, this::fullestForm));

    /**
     * A quote's source mention, the sieve that found it, the cue's lemma, and the speech event
     * that reports the quote (sieves report and according-to; null for the others).
     */
    private record Attribution(Mention mention, String mentionRule, String sieve, String lemma,
            SpeechEvent event)
    {
        /** The attribution as made by the named sieve. */
        Attribution by(String name)
        {
            return new Attribution(mention, mentionRule, name, lemma, event);
        }
    }

    /**
     * A quote for the sieves, with what they read: its first token, the speech event that reported
     * it (indirect quotes), the report regions of each unit, the events whose clause is exactly a
     * direct quotation (by its characters), the quotes kept so far (text order)
     * and their attributions, and the furthest end of the kept direct quotes that begin before it.
     */
    private record Candidate(QuoteUnits d, Quote quote, int first, SpeechEvent reportedBy,
            List<ReportRegions[]> reports, Map<Long, SpeechEvent> nextTo, List<Quote> kept,
            Map<Quote, Attribution> attributed, int keptDirectEnd)
    {
    }

    /** A named attribution step: an attribution (without its sieve name) or null. */
    private record Sieve(String name, boolean indirect, Function<Candidate, Attribution> attribute)
    {
    }

    /** A named step that removes a quote before the sieves try it. */
    private record Rejection(String name, Predicate<Candidate> rejects)
    {
    }

    /** A named stage 2 step: true when it settled the speaker, so that later steps do not run. */
    private record Resolver(String name, Predicate<Resolution> resolve)
    {
    }

    /** A speaker profile to resolve, the profiles before it, and the document's names. */
    private record Resolution(QuoteUnits d, SpeakerProfile p, Antecedents earlier,
            Map<String, List<Integer>> positions, Map<String, NameInDocument> names)
    {
    }

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException
    {
        super.initialize(context);
        try {
            settings = new QuoteSettings(maxNounPhrase,
                    QuoteSettings.DEFAULT_MAX_PARENTHETICAL_LEAD,
                    QuoteSettings.DEFAULT_MAX_QUOTATION_DEPTH, nameWindow, contextBefore,
                    contextBeforeComma, contextAfter, continuationParagraphs,
                    minClauseWords);
        }
        catch (IllegalArgumentException e) {
            throw new ResourceInitializationException(e);
        }
        parser = new ReportParser(QuoteLexicon.get(lexicon), settings);
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
        Map<Long, SpeechEvent> nextTo = new HashMap<>();
        for (SpeechEvent e : JCasUtil.select(jcas, SpeechEvent.class)) {
            if (ReportParser.quoteCueRules().contains(rule(e))) {
                nextTo.put(e.getBeforeEnd() > e.getBeforeBegin()
                        ? key(e.getBeforeBegin(), e.getBeforeEnd())
                        : key(e.getAfterBegin(), e.getAfterEnd()), e);
                continue;
            }
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
        Map<Quote, String> rejection = new IdentityHashMap<>();
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
            Candidate c = new Candidate(d, q, d.tokens.tokenAtOrAfter(q.getBegin()),
                    reporting.get(q), reports, nextTo, kept, attributed, keptDirectEnd);
            String rejected = rejectedBy(c);
            Attribution a = rejected == null ? attribute(c) : null;
            if (a == null) {
                unattributed.add(q);
                rejection.put(q, rejected == null ? NO_SPEAKER : rejected);
                continue;
            }
            attributed.put(q, a);
            kept.add(q);
            if (q.getDirect()) {
                groupEnd = Math.max(groupEnd, q.getEnd());
            }
        }
        continuedQuotes(d, unattributed, kept, attributed);
        unattributedClauses(d, unattributed, kept, attributed, rejection);
        DecisionLog log = DecisionLog.active();
        for (Quote q : unattributed) {
            if (!attributed.containsKey(q)) {
                q.removeFromIndexes();
                if (log != null) {
                    log.rejected(q.getBegin(), q.getEnd(), Provenance.of(Engine.SPEAKER,
                            rejection.get(q))
                            .with("candidate", Provenance.ruleKey(q.getProvenance())));
                }
            }
        }
        kept.sort(TEXT_ORDER);

        Map<Long, Speaker> speakers = describeSpeakers(jcas, d, kept, attributed);
        Map<SpeechEvent, List<Quote>> directOfEvent = new LinkedHashMap<>();
        for (Quote q : kept) {
            Attribution a = attributed.get(q);
            if (a.mention() != null) {
                Span w = a.mention().words();
                q.setSpeaker(speakers.get(key(w.first(), w.last())));
            }
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
    private static Attribution attribution(QuoteUnits d, SpeechEvent e)
    {
        Span apposition = e.getAppositionEnd() > e.getAppositionBegin()
                ? tokens(d, e.getAppositionBegin(), e.getAppositionEnd()) : null;
        return new Attribution(new Mention(tokens(d, e.getSourceBegin(), e.getSourceEnd()),
                apposition), rule(e), null, e.getCue(), e);
    }

    /** The rule of the quote engine that found a speech event. */
    private static String rule(SpeechEvent e)
    {
        String rule = Provenance.ruleKey(e.getProvenance());
        return rule.substring(rule.indexOf('/') + 1);
    }

    /** The tokens over characters {@code [begin, end)}. */
    private static Span tokens(QuoteUnits d, int begin, int end)
    {
        return new Span(d.tokens.tokenAtOrAfter(begin), d.tokens.tokenAtOrAfter(end) - 1);
    }

    // ---- stage 1: quote to mention

    /** The name of the first rejection step that removes the quote, or null. */
    private static String rejectedBy(Candidate c)
    {
        for (Rejection r : REJECTIONS) {
            if (r.rejects().test(c)) {
                return r.name();
            }
        }
        return null;
    }

    /** The attribution of the first sieve that attributes the quote, or null. */
    private Attribution attribute(Candidate c)
    {
        boolean direct = c.quote().getDirect();
        if (direct && c.first() >= c.d().tokens.size()) {
            return null;
        }
        for (Sieve sieve : sieves) {
            if (direct || sieve.indirect()) {
                Attribution a = sieve.attribute().apply(c);
                if (a != null) {
                    return a.by(sieve.name());
                }
            }
        }
        return null;
    }

    /** An indirect quote: the event that reported it; a direct one: the cue's clause holds it. */
    private Attribution report(Candidate c)
    {
        if (!c.quote().getDirect()) {
            return c.reportedBy() == null ? null : attribution(c.d(), c.reportedBy());
        }
        return containingReport(c, true);
    }

    /** The event with a cue (or without, for "according to") whose clause holds the quote. */
    private static Attribution containingReport(Candidate c, boolean withCue)
    {
        ReportRegions regions = c.reports().get(c.d().unit[c.first()])[withCue ? 0 : 1];
        SpeechEvent best = regions.holding(c.quote().getBegin(), c.quote().getEnd());
        return best == null ? null : attribution(c.d(), best);
    }

    /** The source the quote engine's rule found right next to the quotation, or null. */
    private static Attribution nextTo(Candidate c, String rule)
    {
        SpeechEvent e = c.nextTo().get(key(c.quote().getBegin(), c.quote().getEnd()));
        return e == null || !rule.equals(rule(e)) ? null : attribution(c.d(), e);
    }

    /**
     * "“The brigade has held,” the major said, and still “holds every village”": a quote
     * takes the speaker of the latest quote before it in its sentence, or of the reported clause
     * that holds it.
     */
    private static Attribution sameSentence(Candidate c)
    {
        QuoteUnits d = c.d();
        int u = d.unit[c.first()];
        List<Quote> kept = c.kept();
        for (int k = kept.size() - 1; k >= 0; k--) {
            Quote previous = kept.get(k);
            int t = d.tokens.tokenAtOrAfter(previous.getBegin());
            if (t >= d.tokens.size() || d.unit[t] != u) {
                return null;
            }
            Attribution a = c.attributed().get(previous);
            if (a.mention() != null && (previous.getEnd() <= c.quote().getBegin()
                    || !previous.getDirect() && previous.getEnd() >= c.quote().getEnd())) {
                return new Attribution(a.mention(), a.mentionRule(), null, a.lemma(), null);
            }
        }
        return null;
    }

    /** “A,” he said. “B.”: a quote opening its sentence continues the paragraph's last quote. */
    private static Attribution sameParagraph(Candidate c)
    {
        QuoteUnits d = c.d();
        int first = c.first();
        List<Quote> kept = c.kept();
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
                Attribution a = c.attributed().get(previous);
                return new Attribution(a.mention(), a.mentionRule(), null, a.lemma(), null);
            }
        }
        return null;
    }

    /**
     * A paragraph that is nothing but a quote continues the speaker of the latest quote of the
     * previous paragraphs ({@link QuoteSettings#continuationParagraphs()} back at most).
     */
    private Attribution paragraphContinuation(Candidate c)
    {
        QuoteUnits d = c.d();
        int first = c.first();
        List<Quote> kept = c.kept();
        int back = settings.continuationParagraphs();
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
            int p = t < d.tokens.size() ? d.tokens.paragraphOf(t) : paragraph;
            if (p < paragraph && p >= paragraph - back) {
                Attribution a = c.attributed().get(previous);
                return new Attribution(a.mention(), a.mentionRule(), null, null, null);
            }
            if (p < paragraph - back) {
                return null;
            }
        }
        return null;
    }

    /**
     * A quote running over several paragraphs is attributed where it ends: a paragraph left
     * open takes the speaker of the quote that opens the next paragraph. The last sieve: it runs
     * once the others have tried every quote, from the last quote back.
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
                            CONTINUED_PARAGRAPH, a.lemma(), null));
                    kept.add(q);
                    break;
                }
            }
        }
    }

    /**
     * The direct quotes no sieve attributed whose words form a clause or a sentence were said by
     * someone all the same: they are kept without a speaker ({@code unattributed}). Shorter
     * fragments and titles (“red zone”, “Operation Dawn”) are removed as {@code fragment}s;
     * quotes inside a kept direct quote stay part of it.
     */
    private void unattributedClauses(QuoteUnits d, List<Quote> unattributed,
            List<Quote> kept, Map<Quote, Attribution> attributed, Map<Quote, String> rejection)
        throws AnalysisEngineProcessException
    {
        List<Quote> keptDirect = new ArrayList<>();
        for (Quote q : kept) {
            if (q.getDirect()) {
                keptDirect.add(q);
            }
        }
        keptDirect.sort(TEXT_ORDER);
        int k = 0;
        int keptEnd = -1;
        for (Quote q : unattributed) {
            Interruption.check();
            while (k < keptDirect.size() && keptDirect.get(k).getBegin() <= q.getBegin()) {
                keptEnd = Math.max(keptEnd, keptDirect.get(k++).getEnd());
            }
            if (!q.getDirect() || attributed.containsKey(q) || q.getEnd() <= keptEnd
                    || !NO_SPEAKER.equals(rejection.get(q))) {
                continue;
            }
            if (!isClause(d, q)) {
                rejection.put(q, FRAGMENT);
                continue;
            }
            attributed.put(q, new Attribution(null, null, UNATTRIBUTED, null, null));
            kept.add(q);
            keptEnd = Math.max(keptEnd, q.getEnd());
        }
    }

    /**
     * Whether a quote reads as a clause or sentence: {@link QuoteSettings#minClauseWords()} words or more, not
     * all capitalised like a title, ending in sentence punctuation or a comma.
     */
    private boolean isClause(QuoteUnits d, Quote q)
    {
        int words = 0;
        int capitalised = 0;
        for (int t = d.tokens.tokenAtOrAfter(q.getBegin()); t < d.tokens.size()
                && d.tokens.end(t) <= q.getEnd(); t++) {
            if (d.tokens.isWord(t)) {
                words++;
                capitalised += d.tokens.isCapitalised(t) ? 1 : 0;
            }
        }
        String text = d.tokens.documentText();
        char last = text.charAt(q.getEnd() - 1);
        char next = q.getEnd() < text.length() ? text.charAt(q.getEnd()) : ' ';
        boolean punctuated = "?!\u2026".indexOf(last) >= 0 || ".,".indexOf(next) >= 0;
        return words >= settings.minClauseWords() && capitalised * 4 < words * 3 && punctuated;
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
            if (attributed.get(q).mention() != null) {
                Span w = attributed.get(q).mention().words();
                mentions.putIfAbsent(key(w.first(), w.last()), attributed.get(q));
            }
        }
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int t = 0; t < d.tokens.size(); t++) {
            positions.computeIfAbsent(d.tokens.text(t), k -> new ArrayList<>()).add(t);
        }
        Antecedents earlier = new Antecedents(d);
        Map<String, NameInDocument> names = new HashMap<>();
        Map<Long, Speaker> speakers = new HashMap<>();
        List<SpeakerProfile> profiles = new ArrayList<>();
        for (Map.Entry<Long, Attribution> entry : mentions.entrySet()) {
            Interruption.check();
            Mention mention = entry.getValue().mention();
            SpeakerProfile p = SpeakerProfile.describe(d, parser, mention,
                    entry.getValue().mentionRule());
            Resolution r = new Resolution(d, p, earlier, positions, names);
            for (Resolver resolver : resolvers) {
                if (resolver.resolve().test(r)) {
                    break;
                }
            }
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
            profiles.add(p);
        }
        mergeNameVariants(profiles, speakers);
        return speakers;
    }

    /**
     * The spellings of one person's name in the document ("Zelenskiy", "Zelensky", "Volodymyr
     * Zelenskyy", see {@link NameVariants}) take one {@code name}: the fullest, first written.
     */
    private static void mergeNameVariants(List<SpeakerProfile> profiles,
            Map<Long, Speaker> speakers)
    {
        Map<Integer, Speaker> speakerAt = new HashMap<>();
        speakers.values().forEach(s -> speakerAt.put(s.getBegin(), s));
        List<String> names = new ArrayList<>();
        for (SpeakerProfile p : profiles) {
            if (p.person && p.name != null) {
                names.add(p.name);
            }
        }
        Map<String, String> canonical = NameVariants.canonical(names);
        for (SpeakerProfile p : profiles) {
            String best = p.person && p.name != null ? canonical.get(p.name) : null;
            if (best != null && !best.equals(p.name)) {
                p.name = best;
                p.provenance = p.provenance.with("name", NAME_VARIANT);
                Speaker speaker = speakerAt.get(p.begin);
                speaker.setName(best);
                speaker.setProvenance(p.provenance.toString());
            }
        }
    }


    /**
     * "“We lost the house,” said Maria Petrenko. Governor Oleh Kim toured the street. He said
     * ...": "he" or "she" takes the subject of the sentence before its own when that is one
     * person who agrees with the pronoun, mentioned after the latest speaker the pronoun could
     * refer to (recency); a headline names no one.
     */
    private boolean recentSubject(Resolution r)
    {
        SpeakerProfile p = r.p();
        if (!"he".equals(p.pronoun) && !"she".equals(p.pronoun)) {
            return false;
        }
        QuoteUnits d = r.d();
        int u = d.unit[p.mention.words().first()] - 1;
        if (u < 0) {
            return false;
        }
        int s = d.afterDateline(d.unitStart[u], d.unitEnd[u]);
        if (s < d.unitEnd[u] && d.tokens.inHeading(s)) {
            return false; // a headline is written in capitals: no subject to read
        }
        Mention subject = parser.unitSubject(d, s, d.unitEnd[u]);
        SpeakerProfile antecedent = r.earlier().latestFor(p.pronoun);
        if (subject == null || antecedent != null
                && antecedent.begin >= d.tokens.begin(subject.words().first())) {
            return false;
        }
        SpeakerProfile candidate = SpeakerProfile.describe(d, parser, subject, RECENT_SUBJECT);
        if (candidate.pronoun != null || !candidate.person || candidate.plural) {
            return false;
        }
        Resolution named = new Resolution(d, candidate, r.earlier(), r.positions(), r.names());
        documentContext(named);
        if (!candidate.agreesWith(p.pronoun)) {
            return false;
        }
        fullestForm(named);
        p.copyFrom(candidate, RECENT_SUBJECT);
        return true;
    }

    /** A pronoun takes the latest compatible earlier speaker, or stays unresolved. */
    private boolean pronoun(Resolution r)
    {
        SpeakerProfile p = r.p();
        if (p.pronoun == null) {
            return false;
        }
        SpeakerProfile antecedent = r.earlier().latestFor(p.pronoun);
        if (antecedent != null) {
            p.copyFrom(antecedent, PRONOUN);
        }
        else {
            p.provenance = p.provenance.with("resolved", "none");
        }
        return true;
    }

    /** "the mayor": the latest named speaker whose mention contains the description's head. */
    private boolean definiteDescription(Resolution r)
    {
        String head = definiteHead(r.d(), r.p().mention.words());
        SpeakerProfile antecedent = head == null ? null : r.earlier().latestNamedContaining(head);
        if (antecedent == null) {
            return false;
        }
        r.p().copyFrom(antecedent, DEFINITE_DESCRIPTION);
        return true;
    }

    /**
     * A person's name: the official decision and the title the document gives the same name
     * elsewhere, where the mention itself says nothing.
     */
    private boolean documentContext(Resolution r)
    {
        SpeakerProfile p = r.p();
        if (!p.person || p.name == null) {
            return false;
        }
        NameInDocument name = nameInDocument(r, parser.namePart(r.d(), p.mention.words()));
        if (p.official == null && name.official() != null) {
            p.official = name.official();
            p.provenance = p.provenance.with("official", DOCUMENT_CONTEXT);
        }
        if (p.title == null) {
            p.title = name.title();
        }
        if (p.gender == null) {
            p.gender = name.gender();
        }
        return false;
    }

    /** A person's name in its fullest form in the document ("Zelenskyy" to "Volodymyr Zelenskyy"). */
    private boolean fullestForm(Resolution r)
    {
        SpeakerProfile p = r.p();
        if (!p.person || p.name == null) {
            return false;
        }
        QuoteUnits d = r.d();
        Span namePart = parser.namePart(d, p.mention.words());
        NameInDocument name = nameInDocument(r, namePart);
        Span best = name.longest() != null && name.longest().last()
                - name.longest().first() > namePart.last() - namePart.first() ? name.longest()
                        : namePart;
        p.name = SpeakerProfile.text(d, best);
        if (best != namePart) {
            p.provenance = p.provenance.with("name", FULLEST_FORM);
        }
        return true;
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
        /** The latest person "he" may refer to, and "she". */
        private SpeakerProfile latestHe;
        private SpeakerProfile latestShe;
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
            latestHe = e.person && e.agreesWith("he") ? e : latestHe;
            latestShe = e.person && e.agreesWith("she") ? e : latestShe;
            latestSingularThing = !e.person && !e.plural ? e : latestSingularThing;
            latestGroup = e.plural || !e.person ? e : latestGroup;
        }

        /**
         * The latest profile a pronoun may refer to: he a person nothing says is a woman, she a
         * person nothing says is a man, it a thing, they a group.
         */
        SpeakerProfile latestFor(String pronoun)
        {
            return switch (pronoun) {
            case "he" -> latestHe;
            case "she" -> latestShe;
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

    /** What the document says about a name, worked out once per document. */
    private NameInDocument nameInDocument(Resolution r, Span namePart)
    {
        QuoteUnits d = r.d();
        return r.names().computeIfAbsent(SpeakerProfile.text(d, namePart),
                w -> nameInDocument(d, namePart, r.positions()
                        .getOrDefault(d.tokens.text(namePart.last()), List.of())));
    }

    /**
     * What the document says around every occurrence of a name's last word that names the same
     * person (one name ends the other: "Zelenskyy", "Volodymyr Zelenskyy"; not "Imran Ahmed" and
     * "Raja Ahmed"): its longest form (the first of that length), the first official decision,
     * the first title and the first word that says the person's sex ("Mrs", "spokeswoman"). Worked out once per name, however often the document quotes that person.
     */
    private record NameInDocument(Span longest, Boolean official, String title, Gender gender)
    {
    }

    private NameInDocument nameInDocument(QuoteUnits d, Span name, List<Integer> occurrences)
    {
        Span longest = null;
        SpeakerProfile context = new SpeakerProfile(null, 0);
        // a scratch profile: only its official decision and title are kept
        context.provenance = Provenance.of(Engine.SPEAKER, "name-in-document");
        for (int t : occurrences) {
            Span full = parser.namePart(d, new Span(Math.max(0, t - settings.nameWindow()), t));
            if (full == null || !oneEndsTheOther(d, full, name)) {
                continue;
            }
            if (longest == null || full.last() - full.first() > longest.last() - longest.first()) {
                longest = full;
            }
            if (context.official == null || context.title == null || context.gender == null) {
                describeFromContext(d, context, full);
            }
        }
        return new NameInDocument(longest, context.official, context.title, context.gender);
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
            int k = parser.npStartLeft(d, before, Math.max(0, before - settings.contextBefore()));
            if (k <= before) {
                contexts.add(new Span(k, before));
            }
        }
        int after = name.last() + 1;
        if (after + 1 < d.tokens.size() && d.lower[after].equals(",")) {
            int end = after + 1;
            while (end < d.tokens.size() && end - after < settings.contextAfter() && d.tokens.isWord(end)
                    || end < d.tokens.size() && end - after < settings.contextAfter() && "'s()-".contains(d.lower[end])) {
                end++;
            }
            if (end > after + 1) {
                contexts.add(new Span(after + 1, end - 1));
            }
        }
        if (before > 0 && d.lower[before].equals(",")) {
            int k = parser.npStartLeft(d, before - 1, Math.max(0, before - settings.contextBeforeComma()));
            if (k <= before - 1) {
                contexts.add(new Span(k, before - 1));
            }
        }
        for (Span context : contexts) {
            if (p.gender == null) {
                p.gender = SpeakerProfile.gender(parser, d, head(d, context));
            }
            List<TermHit> hits = parser.terms(d, context);
            Boolean official = SpeakerProfile.decide(d, hits);
            if (official != null && p.official == null) {
                p.official = official;
                p.provenance = p.provenance.with("official", DOCUMENT_CONTEXT);
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

    /**
     * The words of a context up to its first function word after the first ("a mother of
     * three" to "a mother", not "whose son was killed"): where a word saying the sex describes
     * the named person.
     */
    private Span head(QuoteUnits d, Span context)
    {
        int t = context.first() + 1;
        while (t <= context.last() && !parser.words(Kind.FUNCTION).contains(d.lower[t])) {
            t++;
        }
        return new Span(context.first(), t - 1);
    }

    private static long key(int a, int b)
    {
        return ((long) a << 32) | (b & 0xffffffffL);
    }
}
