// Trie; search walks it, branching into every child on '.'.
class WordDictionary {
    private static class Node {
        Node[] next = new Node[26];
        boolean end;
    }
    private final Node root = new Node();

    public WordDictionary() {
    }

    public void addWord(String word) {
        Node cur = root;
        for (int i = 0; i < word.length(); i++) {
            int c = word.charAt(i) - 'a';
            if (cur.next[c] == null) cur.next[c] = new Node();
            cur = cur.next[c];
        }
        cur.end = true;
    }

    public boolean search(String word) {
        return find(word, 0, root);
    }

    private boolean find(String word, int i, Node node) {
        if (i == word.length()) return node.end;
        char ch = word.charAt(i);
        if (ch == '.') {
            for (Node child : node.next)
                if (child != null && find(word, i + 1, child)) return true;
            return false;
        }
        Node child = node.next[ch - 'a'];
        return child != null && find(word, i + 1, child);
    }
}
