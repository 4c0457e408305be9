/*
// Definition for a Node.
class Node {
    int val;
    Node next;
    Node random;

    public Node(int val) {
        this.val = val;
        this.next = null;
        this.random = null;
    }
}
*/

class Solution {
    public Node copyRandomList(Node head) {
        Map<Node, Node> copy = new HashMap<>();
        for (Node n = head; n != null; n = n.next) copy.put(n, new Node(n.val));
        for (Node n = head; n != null; n = n.next) {
            copy.get(n).next = copy.get(n.next);
            copy.get(n).random = copy.get(n.random);
        }
        return copy.get(head);
    }
}
