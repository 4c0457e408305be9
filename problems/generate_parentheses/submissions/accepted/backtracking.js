// Backtracking over balanced prefixes only.
/**
 * @param {number} n
 * @return {string[]}
 */
var generateParenthesis = function(n) {
    const result = [];
    const build = (s, open, close) => {
        if (s.length === 2 * n) {
            result.push(s);
            return;
        }
        if (open < n) build(s + "(", open + 1, close);
        if (close < open) build(s + ")", open, close + 1);
    };
    build("", 0, 0);
    return result;
};
