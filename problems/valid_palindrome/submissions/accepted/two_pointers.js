// Two pointers skipping non-alphanumeric characters, comparing lowercased.
/**
 * @param {string} s
 * @return {boolean}
 */
var isPalindrome = function(s) {
    const ok = (c) => /[a-zA-Z0-9]/.test(c);
    let l = 0, r = s.length - 1;
    while (l < r) {
        while (l < r && !ok(s[l])) l++;
        while (l < r && !ok(s[r])) r--;
        if (s[l].toLowerCase() !== s[r].toLowerCase()) return false;
        l++; r--;
    }
    return true;
};
