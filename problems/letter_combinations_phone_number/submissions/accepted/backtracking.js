// Backtracking over the letters of each digit.
/**
 * @param {string} digits
 * @return {string[]}
 */
var letterCombinations = function(digits) {
    if (!digits.length) return [];
    const letters = { 2: "abc", 3: "def", 4: "ghi", 5: "jkl", 6: "mno", 7: "pqrs", 8: "tuv", 9: "wxyz" };
    const result = [];
    const build = (i, prefix) => {
        if (i === digits.length) {
            result.push(prefix);
            return;
        }
        for (const c of letters[digits[i]]) build(i + 1, prefix + c);
    };
    build(0, "");
    return result;
};
