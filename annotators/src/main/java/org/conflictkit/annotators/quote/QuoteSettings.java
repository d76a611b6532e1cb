package org.conflictkit.annotators.quote;

/**
 * The bounds the quote and speaker rules work within, counted in tokens unless said otherwise.
 * The defaults are the values the rules were developed with; {@link QuoteAnnotator} and
 * {@link SpeakerAnnotator} take each one as a configuration parameter of the same meaning (see
 * the README beside {@code lists.def}).
 *
 * @param maxNounPhrase
 *            the longest speaker noun phrase: a mention of this many tokens or more is no source
 *            ("Air Force spokesman Yuriy Ignat" is 5), and walks to the start or end of a noun
 *            phrase stop after this many tokens
 * @param maxParentheticalLead
 *            "The strikes, the ministry said, hit ...": a report after a comma interrupts the
 *            clause it reports only when fewer than this many tokens lead up to it
 * @param maxQuotationDepth
 *            how many quotation marks may be open at once; a mark opened deeper is a stray mark
 * @param nameWindow
 *            tokens before each occurrence of a speaker's last name searched for the fuller form
 *            of the name ("Zelenskyy" to "Volodymyr Zelenskyy")
 * @param contextBefore
 *            tokens before a name searched for a title that precedes it ("Defense Minister NAME")
 * @param contextBeforeComma
 *            tokens before a name and its comma searched for a title ("Dagestan leader, NAME")
 * @param contextAfter
 *            tokens after a name and its comma searched for an apposition ("NAME, a rebel
 *            spokesman,")
 * @param continuationParagraphs
 *            how many paragraphs back a quote that is a paragraph of its own finds the speaker
 *            it continues (1: the previous paragraph only)
 * @param minClauseWords
 *            the fewest words of a quote kept without a speaker ({@code unattributed}); a
 *            shorter one no sieve attributed is a fragment (a title, a scare quote)
 */
record QuoteSettings(int maxNounPhrase, int maxParentheticalLead, int maxQuotationDepth,
        int nameWindow, int contextBefore, int contextBeforeComma, int contextAfter,
        int continuationParagraphs, int minClauseWords)
{
    static final int DEFAULT_MAX_NOUN_PHRASE = 12;
    static final int DEFAULT_MAX_PARENTHETICAL_LEAD = 6;
    static final int DEFAULT_MAX_QUOTATION_DEPTH = 4;
    static final int DEFAULT_NAME_WINDOW = 4;
    static final int DEFAULT_CONTEXT_BEFORE = 11;
    static final int DEFAULT_CONTEXT_BEFORE_COMMA = 12;
    static final int DEFAULT_CONTEXT_AFTER = 14;
    static final int DEFAULT_CONTINUATION_PARAGRAPHS = 1;
    static final int DEFAULT_MIN_CLAUSE_WORDS = 6;

    /** The values the rules were developed with. */
    static final QuoteSettings DEFAULTS = new QuoteSettings(DEFAULT_MAX_NOUN_PHRASE,
            DEFAULT_MAX_PARENTHETICAL_LEAD, DEFAULT_MAX_QUOTATION_DEPTH, DEFAULT_NAME_WINDOW,
            DEFAULT_CONTEXT_BEFORE, DEFAULT_CONTEXT_BEFORE_COMMA, DEFAULT_CONTEXT_AFTER,
            DEFAULT_CONTINUATION_PARAGRAPHS, DEFAULT_MIN_CLAUSE_WORDS);

    QuoteSettings
    {
        if (maxNounPhrase < 1 || maxParentheticalLead < 0 || maxQuotationDepth < 1
                || nameWindow < 0 || contextBefore < 0 || contextBeforeComma < 0
                || contextAfter < 0 || continuationParagraphs < 1 || minClauseWords < 1) {
            throw new IllegalArgumentException("quote settings out of range");
        }
    }
}
