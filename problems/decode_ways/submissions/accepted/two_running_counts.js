// Ways to decode each prefix, keeping only the last two counts.
/**
 * @param {string} s
 * @return {number}
 */
var numDecodings = function(s) {
    let prev = 1;  // ways for s[0..i-2]
    let cur = s[0] === "0" ? 0 : 1;  // ways for s[0..i-1]
    for (let i = 1; i < s.length; i++) {
        let next = 0;
        if (s[i] !== "0") next += cur;
        const two = Number(s.slice(i - 1, i + 1));
        if (s[i - 1] !== "0" && two <= 26) next += prev;
        prev = cur;
        cur = next;
    }
    return cur;
};
