class Solution {
    public Node copyRandomList(Node head) {
        Node dummy = new Node(0), tail = dummy;
        for (Node n = head; n != null; n = n.next) {
            tail.next = new Node(n.val);
            tail = tail.next;
            tail.random = n.random;
        }
        return dummy.next;
    }
}
