// Recursive build with a value-to-inorder-index map, O(n).
class Solution {
    private Map<Integer, Integer> pos;
    private int pre;
    public TreeNode buildTree(int[] preorder, int[] inorder) {
        pos = new HashMap<>();
        for (int i = 0; i < inorder.length; i++) pos.put(inorder[i], i);
        pre = 0;
        return build(preorder, 0, inorder.length - 1);
    }
    private TreeNode build(int[] preorder, int lo, int hi) {
        if (lo > hi) return null;
        TreeNode node = new TreeNode(preorder[pre++]);
        int mid = pos.get(node.val);
        node.left = build(preorder, lo, mid - 1);
        node.right = build(preorder, mid + 1, hi);
        return node;
    }
}
