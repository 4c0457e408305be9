// One pass with a bitmask per row, column and box.
class Solution {
    public boolean isValidSudoku(char[][] board) {
        int[] rows = new int[9], cols = new int[9], boxes = new int[9];
        for (int i = 0; i < 9; i++) {
            for (int j = 0; j < 9; j++) {
                char c = board[i][j];
                if (c == '.') continue;
                int bit = 1 << (c - '1'), b = (i / 3) * 3 + j / 3;
                if ((rows[i] & bit) != 0 || (cols[j] & bit) != 0 || (boxes[b] & bit) != 0) return false;
                rows[i] |= bit; cols[j] |= bit; boxes[b] |= bit;
            }
        }
        return true;
    }
}
