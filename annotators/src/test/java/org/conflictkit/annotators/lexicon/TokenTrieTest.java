package org.conflictkit.annotators.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class TokenTrieTest
{
    @Test
    void findsTheLongestEntryAtAPosition()
    {
        TokenTrie<String> trie = new TokenTrie<>();
        trie.put(List.of("cruise"), "short");
        trie.put(List.of("cruise", "missile"), "long");
        List<String> tokens = List.of("a", "Cruise", "Missile", "hit");

        TokenTrie.Match<String> match = trie.longestMatch(tokens, 1, String::toLowerCase);

        assertEquals(new TokenTrie.Match<>(2, "long"), match);
        assertNull(trie.longestMatch(tokens, 0, String::toLowerCase));
        assertEquals("short", trie.get(List.of("cruise")));
    }
}
