#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <yaml-cpp/yaml.h>

namespace kubeminder {

/// client-go's kubeconfig types (clientcmd/api/v1) as kubectl applies them: sigs.k8s.io/yaml turns
/// the YAML into JSON, and Go's JSON decoder fills the structs, refusing the whole file when a
/// field holds the wrong kind of value. So `name: yes` (a YAML 1.1 boolean where a string belongs),
/// `insecure-skip-tls-verify: "true"` (a string where a boolean belongs), `.inf` anywhere (not
/// JSON), a list or mapping used as a key, or a kind other than Config make kubectl refuse a file
/// that yaml-cpp reads happily.
class KubeconfigSchema
{
    Q_DECLARE_TR_FUNCTIONS(KubeconfigSchema)

public:
    struct Violation
    {
        QString message; ///< a sentence naming the field ("contexts[1].name"), never its value
        YAML::Mark mark;
    };

    /// The first place kubectl would refuse, or nullopt. `root` has go-yaml's meaning already
    /// (GoYamlRules::normalise()).
    static std::optional<Violation> check(const YAML::Node &root);
};

} // namespace kubeminder
