// One set per row, column and box; a digit seen twice in a unit is invalid.
/**
 * @param {character[][]} board
 * @return {boolean}
 */
var isValidSudoku = function(board) {
    const rows = Array.from({ length: 9 }, () => new Set());
    const cols = Array.from({ length: 9 }, () => new Set());
    const boxes = Array.from({ length: 9 }, () => new Set());
    for (let i = 0; i < 9; i++) {
        for (let j = 0; j < 9; j++) {
            const c = board[i][j];
            if (c === ".") continue;
            const b = Math.floor(i / 3) * 3 + Math.floor(j / 3);
            if (rows[i].has(c) || cols[j].has(c) || boxes[b].has(c)) return false;
            rows[i].add(c); cols[j].add(c); boxes[b].add(c);
        }
    }
    return true;
};
