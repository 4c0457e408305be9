// Precompute a palindrome table, then backtrack over the cuts.
/**
 * @param {string} s
 * @return {string[][]}
 */
var partition = function(s) {
    const n = s.length;
    const pal = Array.from({ length: n }, () => new Array(n).fill(false));
    for (let i = n - 1; i >= 0; i--) {
        for (let j = i; j < n; j++) {
            pal[i][j] = s[i] === s[j] && (j - i < 2 || pal[i + 1][j - 1]);
        }
    }
    const res = [], path = [];
    const dfs = (start) => {
        if (start === n) { res.push(path.slice()); return; }
        for (let end = start; end < n; end++) {
            if (!pal[start][end]) continue;
            path.push(s.slice(start, end + 1));
            dfs(end + 1);
            path.pop();
        }
    };
    dfs(0);
    return res;
};
