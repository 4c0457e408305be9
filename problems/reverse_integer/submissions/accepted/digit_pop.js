// Pop digits off x and push them onto the result; 0 if it leaves 32 bits.
/**
 * @param {number} x
 * @return {number}
 */
var reverse = function(x) {
    let res = 0;
    while (x !== 0) {
        const d = x % 10;
        x = (x - d) / 10;
        res = res * 10 + d;
    }
    if (res > 2 ** 31 - 1 || res < -(2 ** 31)) return 0;
    return res;
};
