// Bellman-Ford limited to k + 1 rounds, each relaxing from the previous round's costs.
/**
 * @param {number} n
 * @param {number[][]} flights
 * @param {number} src
 * @param {number} dst
 * @param {number} k
 * @return {number}
 */
var findCheapestPrice = function(n, flights, src, dst, k) {
    let cost = new Array(n).fill(Infinity);
    cost[src] = 0;
    for (let round = 0; round <= k; round++) {
        const next = cost.slice();
        for (const [from, to, price] of flights) {
            if (cost[from] + price < next[to]) next[to] = cost[from] + price;
        }
        cost = next;
    }
    return cost[dst] === Infinity ? -1 : cost[dst];
};
