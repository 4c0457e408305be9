// Grade-school multiplication into an array of digit positions.
/**
 * @param {string} num1
 * @param {string} num2
 * @return {string}
 */
var multiply = function(num1, num2) {
    if (num1 === "0" || num2 === "0") return "0";
    const m = num1.length, n = num2.length;
    const pos = new Array(m + n).fill(0);
    for (let i = m - 1; i >= 0; i--) {
        const a = num1.charCodeAt(i) - 48;
        for (let j = n - 1; j >= 0; j--) {
            const sum = a * (num2.charCodeAt(j) - 48) + pos[i + j + 1];
            pos[i + j + 1] = sum % 10;
            pos[i + j] += Math.floor(sum / 10);
        }
    }
    let k = 0;
    while (k < pos.length - 1 && pos[k] === 0) k++;
    return pos.slice(k).join("");
};
