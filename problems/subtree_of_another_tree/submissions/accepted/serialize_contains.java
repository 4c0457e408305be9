// Serialize both trees in preorder with null markers and delimiters, then search with KMP.
class Solution {
    public boolean isSubtree(TreeNode root, TreeNode subRoot) {
        StringBuilder a = new StringBuilder(), b = new StringBuilder();
        ser(root, a);
        ser(subRoot, b);
        return kmp(a.toString(), b.toString());
    }
    private void ser(TreeNode node, StringBuilder sb) {
        // iterative preorder so deep trees do not overflow the stack
        List<TreeNode> stack = new ArrayList<>();
        stack.add(node);
        while (!stack.isEmpty()) {
            TreeNode n = stack.remove(stack.size() - 1);
            if (n == null) { sb.append(",#"); continue; }
            sb.append(',').append(n.val);
            stack.add(n.right);
            stack.add(n.left);
        }
    }
    private boolean kmp(String text, String pat) {
        int[] fail = new int[pat.length()];
        for (int i = 1, k = 0; i < pat.length(); i++) {
            while (k > 0 && pat.charAt(i) != pat.charAt(k)) k = fail[k - 1];
            if (pat.charAt(i) == pat.charAt(k)) k++;
            fail[i] = k;
        }
        for (int i = 0, k = 0; i < text.length(); i++) {
            while (k > 0 && text.charAt(i) != pat.charAt(k)) k = fail[k - 1];
            if (text.charAt(i) == pat.charAt(k)) k++;
            if (k == pat.length()) return true;
        }
        return false;
    }
}
