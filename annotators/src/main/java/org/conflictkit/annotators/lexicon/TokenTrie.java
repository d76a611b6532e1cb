package org.conflictkit.annotators.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A trie over token sequences: finds the longest entry starting at a token in time linear in the
 * entry's length, whatever the lexicon's size. Keys are token strings already normalised by the
 * caller (for example lower-cased).
 *
 * @param <V>
 *            the value stored with an entry.
 */
public final class TokenTrie<V>
{
    private final Node<V> root = new Node<>();

    /** A match: the number of tokens it covers and the entry's value. */
    public record Match<V>(int length, V value)
    {
    }

    private static final class Node<V>
    {
        private final Map<String, Node<V>> children = new HashMap<>(4);
        private V value;
    }

    /** Adds an entry; a later value for the same token sequence replaces the earlier one. */
    public void put(List<String> tokens, V value)
    {
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("An entry needs at least one token");
        }
        Node<V> node = root;
        for (String token : tokens) {
            node = node.children.computeIfAbsent(token, t -> new Node<>());
        }
        node.value = value;
    }

    /** The value stored for exactly this token sequence, or null. */
    public V get(List<String> tokens)
    {
        Node<V> node = root;
        for (String token : tokens) {
            node = node.children.get(token);
            if (node == null) {
                return null;
            }
        }
        return node.value;
    }

    /**
     * The longest entry that starts at {@code start}, reading tokens through {@code key}, or null.
     */
    public <T> Match<V> longestMatch(List<T> tokens, int start, Function<T, String> key)
    {
        Node<V> node = root;
        Match<V> best = null;
        for (int i = start; i < tokens.size(); i++) {
            node = node.children.get(key.apply(tokens.get(i)));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                best = new Match<>(i - start + 1, node.value);
            }
        }
        return best;
    }
}
