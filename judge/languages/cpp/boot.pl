# The second half of the C++ sandbox's boot, sent in the boot frame (harness.py's BOOT
# has read that frame into $frame and calls this with it): write the harness files,
# read the load frame, write main.cpp (the solution between the harness and the few
# lines that register its entry), compile it, and run the program, which answers the
# load. A compiler error is answered here, as load_error kind "compile".
use strict;
use warnings;

my $DIR = '/judge';
my $MESSAGE_LIMIT = 4000;

sub judge_send {
    my ($data) = @_;
    my $all = pack('N', length $data) . $data;
    while (length $all) {
        my $k = syswrite(STDOUT, $all);
        exit 0 unless defined $k && $k > 0;
        substr($all, 0, $k) = '';
    }
}

sub judge_write {
    my ($path, $text) = @_;
    open(my $fh, '>:raw', $path) or die "cannot write $path: $!";
    print $fh $text;
    close $fh;
}

sub judge_boot {
    my ($frame, $read) = @_;
    $ENV{PATH} = '/usr/local/bin:/usr/bin:/bin';
    $ENV{TMPDIR} = $DIR;
    my $files = $frame->{files};
    for my $name (keys %$files) {
        my $text = $files->{$name};
        utf8::encode($text);
        judge_write("$DIR/$name", $text);
    }
    my $body = $read->(unpack('N', $read->(4)));
    my $req = JSON::PP->new->utf8->decode($body);
    judge_write("$DIR/load.json", $body);
    my $spec = $req->{spec} || {};
    my $file = $req->{filename} || 'Solution.cpp';
    $file =~ s{.*/}{};
    $file =~ s{[^\w.+-]}{_}g;
    my $source = $req->{source};
    utf8::encode($source);
    my $main = eval { main_cpp($spec, $file, $source) };
    if (!defined $main) {
        judge_send(JSON::PP->new->ascii->encode({op => 'load_error', kind => 'entry', message => "$@", stdout => ''}));
        exit 0;
    }
    judge_write("$DIR/main.cpp", $main);
    my @flags = @{ $frame->{flags} };
    my $out = qx(g++ @flags -w -fmax-errors=5 -fdiagnostics-color=never -pipe -o $DIR/solution $DIR/main.cpp 2>&1);
    if ($? != 0) {
        judge_send(JSON::PP->new->ascii->encode({
            op => 'load_error', kind => 'compile', message => compile_message($out, $file, $?), stdout => '',
        }));
        # the host says goodbye, or closes the channel
        while (1) {
            my $next = eval { JSON::PP->new->utf8->decode($read->(unpack('N', $read->(4)))) } || {};
            if (($next->{op} || '') eq 'bye') {
                judge_send('{"op":"bye"}');
                exit 0;
            }
        }
    }
    unlink "$DIR/main.cpp";
    exec "$DIR/solution";
    die "cannot run the compiled solution: $!";
}

# Which of LeetCode's node types the problem's signature uses.
sub node_macros {
    my ($spec) = @_;
    my %codecs = map { ($_->{type} || '') => 1 } @{ $spec->{params} || [] };
    $codecs{ $spec->{returns} || '' } = 1;
    my @macros;
    push @macros, 'JUDGE_LISTNODE' if $codecs{'ListNode'} || $codecs{'ListNode[]'};
    push @macros, 'JUDGE_TREENODE' if $codecs{'TreeNode'} || $codecs{'TreeNodeRef'};
    push @macros, 'JUDGE_GRAPH_NODE' if $codecs{'GraphNode'};
    push @macros, 'JUDGE_RANDOM_NODE' if $codecs{'RandomList'};
    return map { "#define $_ 1\n" } @macros;
}

sub ident {
    my ($name) = @_;
    die "not a name: $name\n" unless defined $name && $name =~ /^[A-Za-z_]\w*$/;
    return $name;
}

# The lines after the solution that register its entry with the harness.
sub registration {
    my ($spec, $source) = @_;
    my $kind = $spec->{kind} || 'function';
    if ($kind eq 'design') {
        my $cls = ident($spec->{class});
        my $returns = $spec->{method_returns} || {};
        my @methods = map { ident($_) } sort keys %$returns;
        my $list = join(', ', map {
            my $none = ($returns->{$_} // '') eq 'None' ? 'true' : 'false';
            "judge::method<$cls>(\"$_\", &$cls\::$_, $none)"
        } @methods);
        return "static judge::Registrar judge_registrar(judge::design_entry<$cls>({$list}));\n";
    }
    if ($kind eq 'roundtrip') {
        my @classes = map { ident($_) } @{ $spec->{classes} || ['Codec'] };
        my ($cls) = grep { $source =~ /\b(?:class|struct)\s+\Q$_\E\b/ } @classes;
        $cls //= $classes[0];
        my ($enc, $dec) = (ident($spec->{encode}), ident($spec->{decode}));
        my $in = cpp_type($spec->{params}[0]);
        # called as LeetCode calls them (a helper of the same name may overload either)
        return "static judge::Registrar judge_registrar(judge::roundtrip_entry<$cls, $in>(\n"
            . "    [](auto& c, $in& v) -> decltype(auto) { return c.$enc(v); },\n"
            . "    [](auto& c, auto& t) -> decltype(auto) { return c.$dec(t); }));\n";
    }
    my $name = ident($spec->{function});
    my @params = grep { !exists $_->{passed} || $_->{passed} } @{ $spec->{params} || [] };
    my @types = eval { map { cpp_type($_) } @params };
    if ($@) {  # a type the table lacks: the member pointer alone
        return "static judge::Registrar judge_registrar(judge::function_entry<Solution>(&Solution::$name));\n";
    }
    my $i = 0;
    my $decl = join(', ', 'S& s', map { $_ . '& a' . $i++ } @types);
    my $args = join(', ', map { "a$_" } 0 .. $#types);
    my $typed = join('', map { ", $_" } @types);
    # the method by its member pointer (its own types); where its name is overloaded, a
    # call with the types the problem declares, which picks the overload
    return join('',
        "template <class S> concept judge_single_entry = requires { &S::$name; };\n",
        "static judge::Registrar judge_registrar([](auto* tag) {\n",
        "    using S = std::remove_pointer_t<decltype(tag)>;\n",
        "    if constexpr (judge_single_entry<S>) {\n",
        "        return judge::function_entry<S>(&S::$name);\n",
        "    } else {\n",
        "        auto f = []($decl) -> decltype(auto) { return s.$name($args); };\n",
        "        return judge::function_entry<S>(judge::Typed<S, decltype(f)$typed>{f});\n",
        "    }\n",
        "}((Solution*)nullptr));\n");
}

# The C++ type of a parameter as LeetCode declares it, from the Python type the problem
# declares (starter.py's table; a List[List[str]] named board or grid is characters).
sub cpp_type {
    my ($param) = @_;
    my $t = $param->{declared} // '';
    $t =~ s/['" ]//g;
    my $chars = ($param->{name} // '') =~ /^(board|grid)$/;
    return cpp_of($t, $chars);
}

sub cpp_of {
    my ($t, $chars) = @_;
    return cpp_of($1, $chars) if $t =~ /^Optional\[(.*)\]$/;
    return 'std::vector<' . cpp_of($1, $chars) . '>' if $t =~ /^List\[(.*)\]$/;
    my %scalars = (int => 'int', float => 'double', str => ($chars ? 'char' : 'std::string'), bool => 'bool',
        ListNode => 'ListNode*', TreeNode => 'TreeNode*', Node => 'Node*');
    die "no C++ type for $t\n" unless exists $scalars{$t};
    return $scalars{$t};
}

sub main_cpp {
    my ($spec, $file, $source) = @_;
    return join('',
        "#include <bits/stdc++.h>\n",
        node_macros($spec),
        "#include \"$DIR/prelude.hpp\"\n",
        "#include \"$DIR/harness.hpp\"\n",
        "#line 1 \"$file\"\n",
        $source, "\n",
        "#line 1 \"judge-entry.cpp\"\n",
        registration($spec, $source));
}

# g++'s message, trimmed, ending with the line of the solution's first error.
sub compile_message {
    my ($out, $file, $status) = @_;
    $out =~ s{\Q$DIR\E/}{}g;
    $out = "g++ failed (status $status) without a message" if $out !~ /\S/;
    my ($line) = $out =~ /^\Q$file\E:(\d+):(?:\d+:)? (?:fatal )?error/m;
    if (!defined $line && $out =~ /judge-entry\.cpp:\d+:(?:\d+:)? error/) {
        $out .= "\n(the judge looked for the entry the problem names and did not find it as declared)";
    }
    $out = substr($out, 0, $MESSAGE_LIMIT) . "... (more)" if length $out > $MESSAGE_LIMIT;
    $out =~ s/\s+$//;
    return defined $line ? "$out\n(line $line)" : $out;
}

1;
