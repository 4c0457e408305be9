// Grow a palindrome around each of the 2n - 1 centres, counting as it grows.
/**
 * @param {string} s
 * @return {number}
 */
var countSubstrings = function(s) {
    const n = s.length;
    let count = 0;
    for (let c = 0; c < 2 * n - 1; c++) {
        let l = c >> 1, r = l + (c & 1);
        while (l >= 0 && r < n && s[l] === s[r]) { count++; l--; r++; }
    }
    return count;
};
