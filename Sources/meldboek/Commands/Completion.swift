// `meldboek completion SHELL`: the argument parser's completion script, taught the commands' Dutch names.
//
// The parser writes the script from the command definitions, but it knows each command by one name only:
// `meldboek lijst --<tab>` would offer nothing, and `--vault` before the command (which meldboek moves behind
// it) would end the completion. For bash a small wrapper, written from the same definitions, reads the Dutch
// names and a leading `--vault` or `--lang` as meldboek does before the parser's script completes the rest.
import ArgumentParser
import MeldboekCore

extension CompletionShell: @retroactive ExpressibleByArgument {}

extension Meldboek {
    struct Completion: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: t(.completionAbstract), discussion: t(.completionDiscussion))
        }

        @Argument(help: ArgumentHelp(t(.helpCompletionShell), valueName: "bash|zsh|fish"))
        var shell: CompletionShell

        func run() {
            var script = Meldboek.completionScript(for: shell)
            let names = CommandNames(root: Meldboek.self)
            if shell == .bash { script += names.bashWrapper }
            if shell == .fish { script = names.withFishAdditions(script) }
            print(script, terminator: script.hasSuffix("\n") ? "" : "\n")
        }
    }
}

/// Every other name (alias) a shown command has, with the names of the commands above it.
struct CommandNames {
    /// An alias: where it stands (`["adviser"]`), what was typed (`kaart`) and the command's own name (`card`).
    struct Alias: Equatable {
        var parent: [String]
        var alias: String
        var name: String
    }

    /// Every alias, depth first in the order the commands are listed.
    var aliases: [Alias] = []

    init(root: ParsableCommand.Type) {
        collect(root, parent: [])
    }

    private mutating func collect(_ command: ParsableCommand.Type, parent: [String]) {
        for subcommand in command.configuration.subcommands where subcommand.configuration.shouldDisplay {
            let name = subcommand._commandName
            aliases += subcommand.configuration.aliases.map { Alias(parent: parent, alias: $0, name: name) }
            collect(subcommand, parent: parent + [name])
        }
    }

    /// A bash function that puts the commands' own names for their aliases, and drops a `--vault` or `--lang`
    /// standing before the command, then calls the parser's `_meldboek` and adds the aliases that fit.
    ///
    /// The keys are the command's path as the parser names it: `meldboek adviser`.
    var bashWrapper: String {
        func key(_ words: [String]) -> String { (["meldboek"] + words).joined(separator: " ") }
        let names = aliases.map { "        ['\(key($0.parent + [$0.alias]))']=\($0.name)" }
        var byParent: [String: [String]] = [:]
        for alias in aliases { byParent[key(alias.parent), default: []].append(alias.alias) }
        let others = byParent.keys.sorted().map { "        ['\($0)']='\(byParent[$0]!.joined(separator: " "))'" }
        return """

            # meldboek's own addition: the commands' Dutch names, and --vault or --lang before the command.
            _meldboek_names() {
                local -rA names=(
            \(names.joined(separator: "\n"))
                )
                local -rA others=(
            \(others.joined(separator: "\n"))
                )
                local -a words=("${COMP_WORDS[0]}")
                local path=meldboek word
                local -i index commands=1
                for ((index = 1; index < COMP_CWORD; index++)); do
                    word="${COMP_WORDS[index]}"
                    if ((commands)); then
                        case "${word}" in
                        --vault | --lang)
                            # meldboek reads these before the command too; the parser's script would stop at them.
                            if [[ "${path}" == meldboek ]]; then
                                ((index++))
                                continue
                            fi
                            commands=0
                            ;;
                        --vault=* | --lang=*)
                            [[ "${path}" == meldboek ]] && continue
                            commands=0
                            ;;
                        -*)
                            commands=0
                            ;;
                        *)
                            [[ -n "${names["${path} ${word}"]+set}" ]] && word="${names["${path} ${word}"]}"
                            path+=" ${word}"
                            ;;
                        esac
                    fi
                    words+=("${word}")
                done
                local -r cur="${COMP_WORDS[COMP_CWORD]}"
                local -r prev="${COMP_WORDS[COMP_CWORD - 1]}"
                if ((commands)) && [[ "${path}" == meldboek ]]; then
                    case "${prev}" in
                    --vault)
                        COMPREPLY=($(compgen -d -- "${cur}"))
                        return
                        ;;
                    --lang)
                        COMPREPLY=($(compgen -W 'nl en' -- "${cur}"))
                        return
                        ;;
                    esac
                fi
                local -r cword="${#words[@]}"
                words+=("${COMP_WORDS[@]:COMP_CWORD}")
                local -a COMP_WORDS=("${words[@]}")
                local COMP_CWORD="${cword}"
                local COMP_LINE="${words[*]}"
                local COMP_POINT="${#COMP_LINE}"
                COMPREPLY=()
                _meldboek "${1}" "${cur}" "${words[cword - 1]}"
                if ((commands)); then
                    if [[ "${cur}" == -* ]]; then
                        [[ "${path}" == meldboek ]] && COMPREPLY+=($(compgen -W '--vault --lang' -- "${cur}"))
                    elif [[ -n "${others["${path}"]+set}" ]]; then
                        COMPREPLY+=($(compgen -W "${others["${path}"]}" -- "${cur}"))
                    fi
                fi
            }
            complete -o filenames -F _meldboek_names meldboek

            """
    }
}

extension CommandNames {
    /// The parser's fish script with the same two additions as bash's: its token function, which its conditions
    /// read the command line through, gets the commands' own names for their aliases and leaves out a `--vault`
    /// or `--lang` with its value before the command; and each alias is offered where its command is, with the
    /// same description.
    func withFishAdditions(_ script: String) -> String {
        let cases = aliases.map { alias in
            "                case '\((["meldboek"] + alias.parent + [alias.alias]).joined(separator: " "))'\n"
                + "                    set token \(alias.name)"
        }
        var offers: [String] = []
        let lines = script.split(separator: "\n", omittingEmptySubsequences: false)
        for alias in aliases {
            let context = "__meldboek_should_offer_completions_for_positional \"\((["meldboek"] + alias.parent).joined(separator: " "))\" "
            guard let line = lines.first(where: { $0.contains(context) && $0.contains(" -fa '\(alias.name)' -d ") }) else {
                continue
            }
            offers.append(String(line).replacing(" -fa '\(alias.name)' -d ", with: " -fa '\(alias.alias)' -d "))
        }
        return script + """

            # meldboek's own addition: the commands' Dutch names, and --vault or --lang before the command.
            functions --copy __meldboek_tokens __meldboek_parser_tokens
            function __meldboek_tokens
                set -l tokens (__meldboek_parser_tokens $argv)
                if test "$argv" != -pc
                    printf '%s\\n' $tokens
                    return
                end
                set -l path meldboek
                set -l result $tokens[1]
                set -l commands 1
                set -l index 2
                while test $index -le (count $tokens)
                    set -l token $tokens[$index]
                    set index (math $index + 1)
                    if test $commands -eq 1
                        switch $token
                            case --vault --lang
                                # meldboek reads these before the command too; the parser's script would stop at them.
                                if test "$path" = meldboek -a $index -le (count $tokens)
                                    set index (math $index + 1)
                                    continue
                                end
                                set commands 0
                            case '--vault=*' '--lang=*'
                                test "$path" = meldboek; and continue
                                set commands 0
                            case '-*'
                                set commands 0
                            case '*'
                                switch "$path $token"
            \(cases.joined(separator: "\n"))
                                end
                                set path "$path $token"
                        end
                    end
                    set -a result $token
                end
                printf '%s\\n' $result
            end

            function __meldboek_before_command
                set -l tokens (__meldboek_parser_tokens -pc)
                set -l index 2
                while test $index -le (count $tokens)
                    switch $tokens[$index]
                        case --vault --lang
                            set index (math $index + 2)
                        case '--vault=*' '--lang=*'
                            set index (math $index + 1)
                        case '*'
                            return 1
                    end
                end
            end
            complete -c 'meldboek' -n __meldboek_before_command -l vault -rfa '(__meldboek_complete_directories)'
            complete -c 'meldboek' -n __meldboek_before_command -l lang -rfka 'nl en'
            \(offers.joined(separator: "\n"))

            """
    }
}

extension Localized {
    static var completionAbstract: Localized {
        Localized(en: "Print a script that completes meldboek's commands and options in bash, zsh or fish.",
                  nl: "Toon een script dat de opdrachten en opties van meldboek aanvult in bash, zsh of fish.")
    }

    static var completionDiscussion: Localized {
        Localized(
            en: """
                scripts/install puts the scripts where bash, zsh and fish look for them. To try it in the \
                bash you are using now: source <(meldboek completion bash)
                """,
            nl: """
                scripts/install zet de scripts waar bash, zsh en fish ze zoeken. Om het meteen te proberen in \
                de bash die je nu gebruikt: source <(meldboek completion bash)
                """)
    }

    static var helpCompletionShell: Localized {
        Localized(en: "The shell the script is for.", nl: "De shell waarvoor het script is.")
    }
}
