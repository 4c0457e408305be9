// Slow and fast walkers along the digit-square sequence.
/**
 * @param {number} n
 * @return {boolean}
 */
var isHappy = function(n) {
    const next = (x) => {
        let sum = 0;
        while (x > 0) {
            const d = x % 10;
            sum += d * d;
            x = Math.floor(x / 10);
        }
        return sum;
    };
    let slow = n, fast = next(n);
    while (fast !== 1 && slow !== fast) {
        slow = next(slow);
        fast = next(next(fast));
    }
    return fast === 1;
};
