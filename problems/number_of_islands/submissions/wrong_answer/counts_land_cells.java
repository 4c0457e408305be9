class Solution {
    public int numIslands(char[][] grid) {
        int count = 0;
        for (char[] row : grid)
            for (char cell : row)
                if (cell == '1') count++;
        return count;
    }
}
