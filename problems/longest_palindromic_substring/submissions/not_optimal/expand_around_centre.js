// Grow a palindrome around each of the 2n - 1 centres.
/**
 * @param {string} s
 * @return {string}
 */
var longestPalindrome = function(s) {
    let start = 0, length = 0;
    const expand = (lo, hi) => {
        while (lo >= 0 && hi < s.length && s[lo] === s[hi]) {
            lo--;
            hi++;
        }
        if (hi - lo - 1 > length) {
            start = lo + 1;
            length = hi - lo - 1;
        }
    };
    for (let i = 0; i < s.length; i++) {
        expand(i, i);
        expand(i, i + 1);
    }
    return s.slice(start, start + length);
};
