// A trie of the words; DFS the board along it, pruning found words from the trie.
/**
 * @param {character[][]} board
 * @param {string[]} words
 * @return {string[]}
 */
var findWords = function(board, words) {
    const root = {};
    for (const w of words) {
        let node = root;
        for (const c of w) node = node[c] || (node[c] = {});
        node.word = w;
    }
    const m = board.length, n = board[0].length, res = [];
    const dfs = (r, c, parent) => {
        const ch = board[r][c];
        const node = parent[ch];
        if (!node) return;
        if (node.word) { res.push(node.word); node.word = null; }
        board[r][c] = "#";
        if (r > 0) dfs(r - 1, c, node);
        if (r < m - 1) dfs(r + 1, c, node);
        if (c > 0) dfs(r, c - 1, node);
        if (c < n - 1) dfs(r, c + 1, node);
        board[r][c] = ch;
        if (Object.keys(node).every(k => k === "word" && !node.word)) delete parent[ch];
    };
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) dfs(i, j, root);
    return res;
};
