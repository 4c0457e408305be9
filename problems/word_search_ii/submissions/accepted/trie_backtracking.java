// Trie of the words; DFS over the board walks the trie, pruning finished branches.
class Solution {
    private static class Node {
        Node[] next = new Node[26];
        String word;
        int count;
    }
    public List<String> findWords(char[][] board, String[] words) {
        Node root = new Node();
        for (String w : words) {
            Node cur = root;
            for (char c : w.toCharArray()) {
                if (cur.next[c - 'a'] == null) cur.next[c - 'a'] = new Node();
                cur = cur.next[c - 'a'];
                cur.count++;
            }
            cur.word = w;
        }
        List<String> res = new ArrayList<>();
        for (int i = 0; i < board.length; i++)
            for (int j = 0; j < board[0].length; j++) dfs(board, i, j, root, res);
        return res;
    }
    private int dfs(char[][] b, int i, int j, Node parent, List<String> res) {
        if (i < 0 || j < 0 || i >= b.length || j >= b[0].length || b[i][j] == '#') return 0;
        char c = b[i][j];
        Node node = parent.next[c - 'a'];
        if (node == null) return 0;
        int found = 0;
        if (node.word != null) { res.add(node.word); node.word = null; found++; }
        b[i][j] = '#';
        found += dfs(b, i + 1, j, node, res);
        found += dfs(b, i - 1, j, node, res);
        found += dfs(b, i, j + 1, node, res);
        found += dfs(b, i, j - 1, node, res);
        b[i][j] = c;
        node.count -= found;
        if (node.count == 0) parent.next[c - 'a'] = null;
        return found;
    }
}
