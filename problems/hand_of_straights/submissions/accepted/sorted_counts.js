// Count the cards, then start a run at each smallest remaining value in sorted order.
/**
 * @param {number[]} hand
 * @param {number} groupSize
 * @return {boolean}
 */
var isNStraightHand = function(hand, groupSize) {
    if (hand.length % groupSize !== 0) return false;
    const count = new Map();
    for (const card of hand) count.set(card, (count.get(card) || 0) + 1);
    const values = [...count.keys()].sort((a, b) => a - b);
    for (const v of values) {
        const need = count.get(v);
        if (need === 0) continue;
        for (let x = v; x < v + groupSize; x++) {
            const have = count.get(x) || 0;
            if (have < need) return false;
            count.set(x, have - need);
        }
    }
    return true;
};
