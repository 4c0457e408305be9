// DFS carrying the largest value on the path from the root.
class Solution {
    public int goodNodes(TreeNode root) {
        return count(root, Integer.MIN_VALUE);
    }
    private int count(TreeNode node, int max) {
        if (node == null) return 0;
        int good = node.val >= max ? 1 : 0;
        int m = Math.max(max, node.val);
        return good + count(node.left, m) + count(node.right, m);
    }
}
