// bits(i) = bits(i >> 1) + (i & 1), from earlier entries: O(n).
/**
 * @param {number} n
 * @return {number[]}
 */
var countBits = function(n) {
    const bits = new Array(n + 1).fill(0);
    for (let i = 1; i <= n; i++) bits[i] = bits[i >> 1] + (i & 1);
    return bits;
};
