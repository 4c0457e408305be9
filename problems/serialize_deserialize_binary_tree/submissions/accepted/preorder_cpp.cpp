class Codec {
public:
    // Encodes a tree to a single string.
    string serialize(TreeNode* root) {
        string out;
        write(root, out);
        return out;
    }

    // Decodes your encoded data to tree.
    TreeNode* deserialize(string data) {
        istringstream in(data);
        return read(in);
    }

private:
    void write(TreeNode* node, string& out) {
        if (!node) { out += "# "; return; }
        out += to_string(node->val) + " ";
        write(node->left, out);
        write(node->right, out);
    }
    TreeNode* read(istringstream& in) {
        string tok;
        in >> tok;
        if (tok == "#") return nullptr;
        TreeNode* node = new TreeNode(stoi(tok));
        node->left = read(in);
        node->right = read(in);
        return node;
    }
};
