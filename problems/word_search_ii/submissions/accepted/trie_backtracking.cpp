// Trie of the words, DFS from every cell, pruning found words
class Solution {
    struct T { T* c[26] = {}; int word = -1; int live = 0; };
    vector<string> res;
    int m, n;
    void dfs(vector<vector<char>>& b, int x, int y, T* node, vector<string>& words) {
        char ch = b[x][y];
        if (ch == '#' || !node->c[ch - 'a']) return;
        T* nx = node->c[ch - 'a'];
        if (nx->live == 0) return;
        if (nx->word >= 0) {
            res.push_back(words[nx->word]);
            nx->word = -1;
            // one word fewer under every node on this path: recount lazily below
        }
        b[x][y] = '#';
        int dx[4] = {1, -1, 0, 0}, dy[4] = {0, 0, 1, -1};
        for (int d = 0; d < 4; d++) {
            int a = x + dx[d], c = y + dy[d];
            if (a >= 0 && c >= 0 && a < m && c < n) dfs(b, a, c, nx, words);
        }
        b[x][y] = ch;
        int live = nx->word >= 0;
        for (auto* k : nx->c) if (k) live += k->live;
        nx->live = live;
    }
public:
    vector<string> findWords(vector<vector<char>>& board, vector<string>& words) {
        T* root = new T();
        for (int i = 0; i < (int)words.size(); i++) {
            T* node = root;
            node->live++;
            for (char ch : words[i]) {
                if (!node->c[ch - 'a']) node->c[ch - 'a'] = new T();
                node = node->c[ch - 'a'];
                node->live++;
            }
            node->word = i;
        }
        m = board.size(); n = board[0].size();
        for (int i = 0; i < m; i++) for (int j = 0; j < n; j++) dfs(board, i, j, root, words);
        return res;
    }
};
