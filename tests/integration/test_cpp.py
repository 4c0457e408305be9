"""C++ solutions, compiled and judged in g++'s sandbox against the same problems and tests."""

from __future__ import annotations

from judge import registry
from judge.engine import RunOptions, backend_for, judge_solution
from judge.languages.cpp.starter import starter_source
from judge.report import Report
from tests.conftest import PROBLEMS

TWO_SUM = PROBLEMS / "two_sum" / "submissions"


def judged(slug: str, source: str, docker_backend, name: str = "Solution.cpp", **options) -> Report:
    options = {"property_examples": 20, "growth": False, **options}
    backend = backend_for(docker_backend, PROBLEMS / name)
    return judge_solution(registry.get(slug), source.encode(), name, backend, RunOptions(**options))


def test_a_compiler_error_is_a_compile_error_naming_the_solution_s_line(docker_backend):
    path = TWO_SUM / "compile_error" / "missing_semicolon_cpp.cpp"
    report = judged("two_sum", path.read_text(), docker_backend, name=path.name)
    assert report.verdict.value == "compile_error"
    assert report.failure is not None
    assert "missing_semicolon_cpp.cpp:5:" in report.failure.reason  # g++ finds it at the next line
    assert report.failure.reason.endswith("(line 5)")  # what `judge check --format github` reads


def test_a_missing_method_is_a_compile_error(docker_backend):
    source = "class Solution { public: vector<int> twoSums(vector<int>& nums, int target) { return {}; } };"
    report = judged("two_sum", source, docker_backend)
    assert report.verdict.value == "compile_error"
    assert "twoSum" in (report.failure.reason if report.failure else "")


def test_an_uncaught_exception_is_a_runtime_error_with_its_type_and_what(docker_backend):
    source = "class Solution { public: vector<int> twoSum(vector<int>& n, int t) { return {n.at(99), 0}; } };"
    report = judged("two_sum", source, docker_backend)
    assert report.verdict.value == "runtime_error"
    assert report.failure is not None and report.failure.error is not None
    assert report.failure.error["type"] == "std::out_of_range"
    assert "vector::_M_range_check" in report.failure.error["message"]


def test_an_index_past_the_end_is_a_runtime_error_as_on_leetcode(docker_backend):
    source = (
        "class Solution { public: vector<int> twoSum(vector<int>& n, int t) { return {n[n.size() + 5]}; } };"
    )
    report = judged("two_sum", source, docker_backend)
    assert report.verdict.value == "runtime_error"
    assert report.failure is not None and "SIGABRT" in report.failure.reason


def test_signed_overflow_is_a_runtime_error_as_on_leetcode(docker_backend):
    source = """
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        int sum = INT_MAX;
        for (int x : nums) sum += x > 0 ? x : -x;
        return {sum, 0};
    }
};"""
    report = judged("two_sum", source, docker_backend)
    assert report.verdict.value == "runtime_error"
    assert report.failure is not None and "overflow" in report.failure.reason


def test_output_is_shown_with_a_wrong_answer_and_the_language_is_reported(docker_backend):
    source = """
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        cout << "looking at " << nums.size() << endl;
        printf("and printf too\\n");
        return {0, 0};
    }
};"""
    report = judged("two_sum", source, docker_backend)
    assert report.verdict.value == "wrong_answer"
    assert report.failure is not None and "looking at" in report.failure.stdout
    assert "and printf too" in report.failure.stdout
    assert report.language == "cpp" and report.to_json()["language"] == "cpp"


def test_const_static_and_by_value_methods_are_called_too(docker_backend):
    source = """
class Solution {
public:
    static vector<int> twoSum(const vector<int> nums, int target) {
        unordered_map<int, int> seen;
        for (int i = 0; i < (int)nums.size(); i++) {
            if (seen.count(target - nums[i])) return {seen[target - nums[i]], i};
            seen[nums[i]] = i;
        }
        return {};
    }
};"""
    assert judged("two_sum", source, docker_backend).verdict.value == "accepted"


def test_cpp23_as_leetcode_compiles_it_a_lambda_deducing_this(docker_backend):
    source = """class Solution {
public:
    int climbStairs(int n) {
        vector<int> memo(n + 1, 0);
        auto ways = [&](this auto&& self, int i) -> int {
            if (i <= 1) return 1;
            if (memo[i]) return memo[i];
            return memo[i] = self(i - 1) + self(i - 2);
        };
        return ways(n);
    }
};
"""
    assert judged("climbing_stairs", source, docker_backend, growth=False).verdict.value == "accepted"


def test_deep_recursion_is_survived_as_on_leetcode(docker_backend):
    source = """
class Solution {
public:
    int depth(vector<int>& nums, int i) { return i == (int)nums.size() ? 0 : 1 + depth(nums, i + 1); }
    int search(vector<int>& nums, int target) {
        vector<int> big(200000, 1);
        if (depth(big, 0) != 200000) return -2;
        return lower_bound(nums.begin(), nums.end(), target) != nums.end()
            && *lower_bound(nums.begin(), nums.end(), target) == target
            ? lower_bound(nums.begin(), nums.end(), target) - nums.begin() : -1;
    }
};"""
    assert judged("binary_search", source, docker_backend).verdict.value == "accepted"


def test_the_linear_scan_is_too_slow_and_the_binary_search_accepted(docker_backend):
    folder = PROBLEMS / "binary_search" / "submissions"
    scan = folder / "too_slow" / "linear_scan_cpp.cpp"
    search = folder / "accepted" / "iterative_cpp.cpp"
    slow = judged("binary_search", scan.read_text(), docker_backend, name=scan.name, growth=True)
    fast = judged("binary_search", search.read_text(), docker_backend, name=search.name, growth=True)
    assert slow.verdict.value == "too_slow"
    assert fast.verdict.value == "accepted"


# Every starter, compiled as the harness compiles a solution (boot.pl's main.cpp: the
# prelude, the harness, the starter, its registration), in one container, syntax only.
COMPILE_EACH = """
use strict; use JSON::PP;
my ($boot, @items) = map { JSON::PP->new->utf8->decode($_) } @ARGV;
my $in = { %$boot, items => \\@items };
eval $in->{boot}; die $@ if $@;
for my $name (keys %{ $in->{files} }) {
    open(my $fh, '>', "/judge/$name") or die; print $fh $in->{files}{$name}; close $fh;
}
for my $item (@{ $in->{items} }) {
    open(my $fh, '>', '/judge/main.cpp') or die;
    print $fh main_cpp($item->{spec}, 'Solution.cpp', $item->{source}); close $fh;
    my $out = qx(g++ @{ $in->{flags} } -w -fsyntax-only /judge/main.cpp 2>&1);
    print "$item->{slug}: ", ($? ? "FAILED\n$out" : "ok"), "\n";
}
"""


def test_every_starter_compiles_in_the_sandbox(engine):
    import json

    from judge.languages import LANGUAGES
    from judge.languages.cpp import harness

    boot = json.loads(harness.boot_frame()[4:])
    items = [
        {"slug": p.slug, "spec": p.spec(), "source": starter_source(p)}
        for p in map(registry.get, registry.slugs())
    ]
    arguments = [json.dumps(boot), *map(json.dumps, items)]  # each under the kernel's 128 KB per argument
    output = engine.client.containers.run(
        LANGUAGES["cpp"].image,
        ["perl", "-e", COMPILE_EACH, *arguments],
        remove=True,
        network_mode="none",
        read_only=True,
        tmpfs={"/judge": "rw,exec,size=64m", "/tmp": "rw,size=64m"},
        environment={"PATH": "/usr/bin:/bin"},
    ).decode("utf-8", "replace")
    lines = [line for line in output.splitlines() if line.endswith(": ok")]
    assert len(lines) == len(items), output[-3000:]
