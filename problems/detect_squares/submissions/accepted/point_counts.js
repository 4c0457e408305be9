// Counts per point; a query pairs with every stored point on its diagonal.
var DetectSquares = function() {
    this.counts = new Map();  // "x,y" -> copies
    this.points = [];         // distinct points as [x, y]
};

/**
 * @param {number[]} point
 * @return {void}
 */
DetectSquares.prototype.add = function(point) {
    const key = point[0] + "," + point[1];
    const c = this.counts.get(key) || 0;
    if (c === 0) this.points.push(point);
    this.counts.set(key, c + 1);
};

/**
 * @param {number[]} point
 * @return {number}
 */
DetectSquares.prototype.count = function(point) {
    const [qx, qy] = point;
    let total = 0;
    for (const [x, y] of this.points) {
        if (Math.abs(x - qx) !== Math.abs(y - qy) || x === qx) continue;
        total += this.counts.get(x + "," + y)
            * (this.counts.get(x + "," + qy) || 0)
            * (this.counts.get(qx + "," + y) || 0);
    }
    return total;
};

/**
 * Your DetectSquares object will be instantiated and called as such:
 * var obj = new DetectSquares()
 * obj.add(point)
 * var param_2 = obj.count(point)
 */
