// Mark 'O's reachable from the border, then flip the rest to 'X'.
/**
 * @param {character[][]} board
 * @return {void} Do not return anything, modify board in-place instead.
 */
var solve = function(board) {
    const m = board.length, n = board[0].length;
    const stack = [];
    const mark = (r, c) => {
        if (r >= 0 && r < m && c >= 0 && c < n && board[r][c] === "O") {
            board[r][c] = "#";
            stack.push([r, c]);
        }
    };
    for (let i = 0; i < m; i++) { mark(i, 0); mark(i, n - 1); }
    for (let j = 0; j < n; j++) { mark(0, j); mark(m - 1, j); }
    while (stack.length) {
        const [r, c] = stack.pop();
        mark(r + 1, c); mark(r - 1, c); mark(r, c + 1); mark(r, c - 1);
    }
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
        board[i][j] = board[i][j] === "#" ? "O" : "X";
    }
};
