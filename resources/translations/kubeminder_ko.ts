<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ApiConnection</name>
    <message>
        <location filename="../../work/main/core/probe/apiconnection.cpp" line="61"/>
        <source>while looking up the server&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/apiconnection.cpp" line="63"/>
        <source>while connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/apiconnection.cpp" line="65"/>
        <source>during the TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/apiconnection.cpp" line="67"/>
        <source>while sending the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/apiconnection.cpp" line="69"/>
        <source>while waiting for the answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <location filename="../../work/main/core/desktop/autostart.cpp" line="19"/>
        <source>Keeps your Kubernetes credentials alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/desktop/autostart.cpp" line="157"/>
        <source>Cannot set up the start at login: “%1” is not the full path of the Kubeminder program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/desktop/autostart.cpp" line="165"/>
        <source>Cannot set up the start at login: the program path %1 contains a control character. Move Kubeminder to a folder with a plain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/desktop/autostart.cpp" line="176"/>
        <source>Cannot remove the autostart entry %1: %2. Delete it by hand to stop Kubeminder from starting at login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/desktop/autostart.cpp" line="188"/>
        <source>Cannot create the folder %1 for the autostart entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/desktop/autostart.cpp" line="191"/>
        <location filename="../../work/main/core/desktop/autostart.cpp" line="195"/>
        <source>Cannot write the autostart entry %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../../work/main/app/cli/backupcommands.cpp" line="21"/>
        <source>The kubeconfig file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/backupcommands.cpp" line="22"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/backupcommands.cpp" line="24"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/backupcommands.cpp" line="36"/>
        <source>The backup file (see “kubeminder backups”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/backupcommands.cpp" line="50"/>
        <source>name one backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/backupcommands.cpp" line="51"/>
        <source>unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/backupcommands.cpp" line="75"/>
        <source>Saves a copy of each kubeconfig file and prints where it went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/backupcommands.cpp" line="85"/>
        <source>kubeminder backup: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/backupcommands.cpp" line="94"/>
        <source>kubeminder backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/backupcommands.cpp" line="102"/>
        <source>kubeminder backup: no kubeconfig file to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/backupcommands.cpp" line="113"/>
        <source>Lists backups, newest first: path, time (UTC), size, contexts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/backupcommands.cpp" line="126"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/backupcommands.cpp" line="127"/>
        <source>1 context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/backupcommands.cpp" line="127"/>
        <source>%1 contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/backupcommands.cpp" line="139"/>
        <source>Puts a backup back in place. The current file is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/backupcommands.cpp" line="149"/>
        <source>kubeminder restore: %1 is not a backup Kubeminder knows; name the file to restore with --kubeconfig FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/backupcommands.cpp" line="162"/>
        <source>kubeminder restore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/backupcommands.cpp" line="165"/>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/backupcommands.cpp" line="167"/>
        <source>The state before the restore is saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/backupcommands.cpp" line="170"/>
        <source>%1 was readable by other users; it is now readable by you only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <location filename="../../work/main/core/storage/backupstore.cpp" line="170"/>
        <location filename="../../work/main/core/storage/backupstore.cpp" line="175"/>
        <source>Cannot write the backup index %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/backupstore.cpp" line="290"/>
        <source>Cannot create the backup folder %1. Check that its parent folder is writable, or free some disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/backupstore.cpp" line="298"/>
        <source>Cannot make the backup folder %1 private (mode 0700). Check that it belongs to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/backupstore.cpp" line="399"/>
        <source>The backup index in %1 is locked by another Kubeminder. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/backupstore.cpp" line="415"/>
        <source>Cannot create a backup of %1 in %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/backupstore.cpp" line="424"/>
        <source>Cannot write the backup %1: %2. Free some disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <location filename="../../work/main/core/credentials/certificate.cpp" line="232"/>
        <source>its certificate is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/certificate.cpp" line="320"/>
        <source>it contains no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/certificate.cpp" line="339"/>
        <source>its certificate is not valid PEM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateMinter</name>
    <message>
        <location filename="../../work/main/core/credentials/certificateminter.cpp" line="75"/>
        <source>could not generate a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/certificateminter.cpp" line="84"/>
        <source>the issuer is unusable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/certificateminter.cpp" line="87"/>
        <source>the issuer is unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/certificateminter.cpp" line="112"/>
        <source>invalid validity dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/certificateminter.cpp" line="128"/>
        <source>could not add certificate extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/certificateminter.cpp" line="133"/>
        <source>could not sign the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/certificateminter.cpp" line="147"/>
        <source>could not write the private key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../../work/main/app/cli/checkcommand.cpp" line="30"/>
        <source>kubeminder check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/checkcommand.cpp" line="37"/>
        <source>from --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/checkcommand.cpp" line="39"/>
        <source>from the saved setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/checkcommand.cpp" line="43"/>
        <source>the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/checkcommand.cpp" line="52"/>
        <source>Shows every context of every kubeconfig with how long its credentials have left.
Files: --kubeconfig (repeatable), else $KUBECONFIG, else ~/.kube/config.
Exit status: 0 all ok, 1 a warning, 2 critical, expired or broken, 3 nothing could be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/checkcommand.cpp" line="55"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/checkcommand.cpp" line="57"/>
        <source>A kubeconfig file to check; repeat to merge several in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/checkcommand.cpp" line="58"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/checkcommand.cpp" line="60"/>
        <source>Check only this context (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/checkcommand.cpp" line="60"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/checkcommand.cpp" line="62"/>
        <source>Output format: table (default), json or prometheus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/checkcommand.cpp" line="62"/>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/checkcommand.cpp" line="66"/>
        <source>Warn this many days before expiry (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/checkcommand.cpp" line="66"/>
        <location filename="../../work/main/app/cli/checkcommand.cpp" line="70"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/checkcommand.cpp" line="69"/>
        <source>Critical this many days before expiry (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/checkcommand.cpp" line="86"/>
        <source>unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/checkcommand.cpp" line="91"/>
        <source>unknown output format “%1”; use table, json or prometheus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/checkcommand.cpp" line="105"/>
        <source>--%1 takes a number of days from 0 to %2, not “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/checkcommand.cpp" line="127"/>
        <source>the critical threshold, %1 days (%2), is more than the warning threshold, %3 days (%4). Pass --critical-days %3 or less, or --warn-days %1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/checkcommand.cpp" line="132"/>
        <source>The saved settings are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/checkcommand.cpp" line="149"/>
        <source>no context named “%1” in the loaded kubeconfig files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/checkcommand.cpp" line="166"/>
        <source>No kubeconfig found. Looked at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/checkcommand.cpp" line="169"/>
        <source>Try “kubeminder demo DIR” to see Kubeminder with example files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterProber</name>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="62"/>
        <source>%1 file %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="66"/>
        <source>%1 file %2 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="70"/>
        <source>cannot read %1 file %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="241"/>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="850"/>
        <source>the probe was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="272"/>
        <source>import a fresh kubeconfig from the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="319"/>
        <source>context “%1” is not in the loaded kubeconfigs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="321"/>
        <source>context “%1” names no cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="325"/>
        <source>context “%1” names cluster “%2”, which no loaded kubeconfig defines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="330"/>
        <source>cluster “%1” has no server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="338"/>
        <source>the server address “%1” of cluster “%2” is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="341"/>
        <source>the server address “%1” of cluster “%2” uses “%3”; an API server is reached over https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="351"/>
        <source>context “%1” names user “%2”, which no loaded kubeconfig defines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="390"/>
        <source>user “%1” gets its credentials from the “%2” auth provider, which the probe cannot use; check it with kubectl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="395"/>
        <source>user “%1” signs in with a user name and password, which Kubeminder does not read (Kubernetes removed basic authentication in 1.19)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="406"/>
        <source>the client certificate or key of user “%1” is not valid base64; import a fresh kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="411"/>
        <source>client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="415"/>
        <source>client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="421"/>
        <source>user “%1” has a client key but no client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="424"/>
        <source>user “%1” has a client certificate but no client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="435"/>
        <source>the client certificate of user “%1” is unreadable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="439"/>
        <source>the client key of user “%1” is unusable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="441"/>
        <source>the client key of user “%1” does not belong to its certificate; import certificate and key together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="448"/>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="451"/>
        <source>the client key of user “%1” is unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="464"/>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="469"/>
        <source>token file %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="482"/>
        <source>the token of user “%1” contains a line break; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="491"/>
        <source>user “%1” gets its credential from the exec plugin “%2”, which is run only when asked: pass --run-exec to run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="498"/>
        <source>the exec plugin “%1” of user “%2” failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="501"/>
        <source>the exec plugin “%1” of user “%2” was not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="519"/>
        <source>the exec plugin “%1” of user “%2” returned no credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="535"/>
        <source>cluster “%1” sets insecure-skip-tls-verify together with a CA, which kubectl refuses; remove one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="543"/>
        <source>the certificate-authority-data of cluster “%1” is not valid base64; import a fresh kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="549"/>
        <source>cluster CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="555"/>
        <source>the CA of cluster “%1” is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="708"/>
        <source>the server accepted the credentials (before Kubernetes 1.28 it cannot say as whom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="711"/>
        <source>authenticated as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="713"/>
        <source>authenticated as %1 (groups: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="717"/>
        <source>%1; Kubernetes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="729"/>
        <source>authenticated as %1, but not allowed to %2: the cluster&apos;s RBAC rules grant this user nothing here; ask the cluster&apos;s administrator for a role binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="734"/>
        <source>the server accepted the credentials but refuses every request (RBAC); ask the cluster&apos;s administrator for a role binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="746"/>
        <source>the API server answered HTTP %1 %2: it may be starting up or overloaded; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="751"/>
        <source>%1 does not answer like a Kubernetes API server (HTTP %2 for %3): check the server address of cluster “%4”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="767"/>
        <source>%1; the token was rejected as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="771"/>
        <source>the server requires credentials and context “%1” has no user (anonymous access is off); %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="776"/>
        <source>the server requires credentials and user “%1” has none (anonymous access is off); %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="799"/>
        <source>the client certificate from the exec plugin “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="800"/>
        <source>the client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="802"/>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="835"/>
        <source>the server rejected %1: it expired on %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="805"/>
        <source>the server rejected %1: it is not valid until %2; check this computer&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="808"/>
        <source>the server rejected %1 although it is valid until %2: the server does not trust its issuer (%3), so the cluster&apos;s CA changed (reinstalled?); %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="820"/>
        <source>the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="825"/>
        <source>the id-token of the “%1” auth provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="830"/>
        <source>the token from the exec plugin “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="837"/>
        <source>the server rejected %1 (revoked, expired or issued for another cluster); %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="846"/>
        <source> (through the proxy %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="855"/>
        <source>the proxy %1 cannot resolve %2: check the server address of cluster “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="861"/>
        <source>cannot resolve %1: check the server address of cluster “%2”, and this computer&apos;s DNS or VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="869"/>
        <source>%1 refused the connection%2: the API server is not running or listens on another port (K3s: systemctl status k3s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="874"/>
        <source>cannot reach %1%2: %3; check the network, VPN or firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="881"/>
        <source>the proxy %1 could not connect to %2 (%3); check HTTPS_PROXY and NO_PROXY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="884"/>
        <source>the proxy %1 could not connect to %2 (%3); check the proxy-url of cluster “%4”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="892"/>
        <source>no answer from %1%2 within %3 s (%4): the server is down or unreachable, or a firewall or VPN drops the traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="901"/>
        <source>%1 closed the connection %2: it may not be a Kubernetes API server, or something between cut the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="908"/>
        <source>%1 does not answer like a Kubernetes API server (%2): check the server address of cluster “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="941"/>
        <source>the server&apos;s certificate is issued by “%1”, which this computer does not trust: cluster “%2” names no CA; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="951"/>
        <source>the server&apos;s certificate is issued by “%1”, not by the kubeconfig&apos;s CA “%2”: the cluster&apos;s CA was rotated (reinstalled?) or %3 is a different cluster; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="962"/>
        <source>the cluster&apos;s CA “%1” expired on %2: the cluster&apos;s certificates must be rotated; then %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="969"/>
        <source>the server&apos;s certificate expired on %1: the cluster must renew it (K3s renews it when k3s restarts; k3s certificate rotate forces it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="978"/>
        <source>the server&apos;s certificate is not valid until %1: the clock of this computer or of the server is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="996"/>
        <source>the server&apos;s certificate is valid for %1, not for “%2”, the tls-server-name of cluster “%3”: set tls-server-name to one of those names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="1005"/>
        <source>the server&apos;s certificate is valid for %1, not for %2: the address is missing from the certificate (K3s: add --tls-san %2 on the server and restart k3s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="1013"/>
        <source>the server&apos;s certificate is valid for %1, not for %2: the address is missing from the certificate (K3s: add --tls-san %2 on the server and restart k3s), or set tls-server-name: %3 in cluster “%4”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/clusterprober.cpp" line="1020"/>
        <source>the TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../work/main/app/cli/commandline.cpp" line="18"/>
        <source>Without a command, opens the Kubeminder window; with --minimized it starts in the system tray. A second launch shows the running one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/commandline.cpp" line="21"/>
        <source>This build has no window: give a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/commandline.cpp" line="23"/>
        <source>Usage: kubeminder [COMMAND] [OPTIONS]

%1

Commands:
  check     Show every context of every kubeconfig with its credential expiry
  probe     Ask each API server whether it accepts the credentials, and why not
  import    Refresh or add a context from a fresh kubeconfig (e.g. K3s&apos;s k3s.yaml)
  refresh   Repeat the import that last refreshed a context
  backup    Back up the kubeconfig files and print where the copies went
  backups   List backups, newest first
  restore   Put a backup back in place
  use       Make a context kubectl&apos;s current context (with a backup)
  files     List the kubeconfig files read; add or remove files and folders
  demo      Write a demo set of kubeconfig files into a folder

Run “kubeminder COMMAND --help” for the options of a command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/commandline.cpp" line="95"/>
        <source>kubeminder: unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextCommands</name>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="23"/>
        <source>--kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="25"/>
        <source>KUBECONFIG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="27"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="29"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="31"/>
        <source>in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="63"/>
        <source>ORIGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="63"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="64"/>
        <source>CONTEXTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="64"/>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="111"/>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="176"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="83"/>
        <source>Added to Kubeminder (kubectl does not read these):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="87"/>
        <source> (folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="88"/>
        <source> (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="106"/>
        <source>Lists the kubeconfig files Kubeminder reads: kubectl&apos;s (KUBECONFIG or ~/.kube/config), then the files and folders added to Kubeminder. “files add PATH...” adds files or folders (every kubeconfig directly in a folder is read), “files remove PATH...” forgets them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="109"/>
        <source>Add or remove files or folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="111"/>
        <source>List only this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="112"/>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="177"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="115"/>
        <source>kubeminder files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="134"/>
        <source>unknown action “%1”: use add or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="136"/>
        <source>name at least one file or folder to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="145"/>
        <source>%1 does not exist; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="147"/>
        <source>%1 is already added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="151"/>
        <source>Added the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="151"/>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="155"/>
        <source>%1 is not among the added files and folders; nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="156"/>
        <source>Removed %1 (the file itself is untouched).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="163"/>
        <source>kubeminder files: could not save %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="173"/>
        <source>Makes CONTEXT kubectl&apos;s current context, like “kubectl config use-context”, with a backup and a checked, atomic write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="175"/>
        <source>The context to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="176"/>
        <source>The kubeconfig file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="180"/>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="200"/>
        <source>kubeminder use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="190"/>
        <source>kubeminder use: name one context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/contextcommands.cpp" line="203"/>
        <source>Switched to context “%1” (in %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialChecker</name>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="34"/>
        <source>%1 file %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="38"/>
        <source>%1 file %2 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="44"/>
        <source>cannot read %1 file %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="60"/>
        <source>%1 expired on %2 (%3); %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="65"/>
        <source>%1 expires on %2 (%3); %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="85"/>
        <source>cluster “%1” has no server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="94"/>
        <source>cluster “%1” sets insecure-skip-tls-verify together with a CA, which kubectl refuses; remove one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="101"/>
        <source>cluster “%1” sets both certificate-authority and certificate-authority-data, which kubectl refuses; keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="105"/>
        <source>cluster CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="122"/>
        <source>the CA of cluster “%1” is unreadable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="142"/>
        <source>the CA of cluster “%1” is not valid until %2; check this computer&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="150"/>
        <source>the CA of cluster “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="151"/>
        <source>the cluster&apos;s certificates must be rotated and a fresh kubeconfig fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="184"/>
        <source>client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="185"/>
        <source>client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="194"/>
        <source>user “%1” has a client key but no client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="200"/>
        <source>user “%1” has a client certificate but no client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="210"/>
        <source>the client certificate of user “%1” is unreadable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="223"/>
        <source>get a fresh kubeconfig from the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="226"/>
        <source>client certificate is not valid until %1; check this computer&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="240"/>
        <source>the CA “%1” in the client certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="257"/>
        <source>the client key of user “%1” is unusable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="262"/>
        <source>the client key of user “%1” does not belong to its certificate; import certificate and key together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="275"/>
        <source>%1 has no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="276"/>
        <source>opaque %1: only the server knows when it expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="288"/>
        <source>get a new token from the cluster&apos;s identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="302"/>
        <source>user “%1” sets both a token and a user name or password; kubectl refuses more than one authentication method: keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="308"/>
        <source>user “%1” sets both client-certificate and client-certificate-data, which kubectl refuses; keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="313"/>
        <source>user “%1” sets both client-key and client-key-data, which kubectl refuses; keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="321"/>
        <source>user “%1” sets both an exec plugin and an auth-provider, which kubectl refuses; keep the exec plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="327"/>
        <source>the exec plugin of user “%1” names no command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="329"/>
        <source>the exec plugin of user “%1” has no apiVersion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="334"/>
        <source>the exec plugin of user “%1” must set interactiveMode (Never, IfAvailable or Always) with apiVersion client.authentication.k8s.io/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="340"/>
        <source>the exec plugin of user “%1” has an unknown interactiveMode “%2”; use Never, IfAvailable or Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="345"/>
        <source>user “%1” uses the gcp auth provider, which kubectl removed in 1.26; install gke-gcloud-auth-plugin and fetch the credentials again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="350"/>
        <source>user “%1” uses the azure auth provider, which kubectl removed in 1.26; use kubelogin (kubelogin convert-kubeconfig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="364"/>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="388"/>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="372"/>
        <source>token file %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="385"/>
        <source>the token of user “%1” is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="395"/>
        <source>issued by the “%1” auth provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="398"/>
        <source>id-token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="405"/>
        <source>the id-token is renewed with the refresh-token when it runs out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="429"/>
        <source>the server falls back to the token, which is still usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="439"/>
        <source>issued at run time by the exec plugin “%1” (not run by check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="447"/>
        <source>user name and password: they do not expire by themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="450"/>
        <source>no credentials: the server sees an anonymous client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="496"/>
        <source>context “%1” names no cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="497"/>
        <source>context “%1” names cluster “%2”, which no loaded kubeconfig defines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="503"/>
        <source>no user: the server sees an anonymous client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/credentialchecker.cpp" line="514"/>
        <source>context “%1” names user “%2”, which no loaded kubeconfig defines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialKind</name>
    <message>
        <location filename="../../work/main/core/credentials/checkreport.cpp" line="30"/>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/checkreport.cpp" line="32"/>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/checkreport.cpp" line="34"/>
        <source>exec plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/checkreport.cpp" line="36"/>
        <source>auth provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/checkreport.cpp" line="38"/>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/checkreport.cpp" line="40"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurrentContextWriter</name>
    <message>
        <location filename="../../work/main/core/storage/currentcontextwriter.cpp" line="17"/>
        <source>%1 Fix it first: kubectl reads none of its files while one is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/currentcontextwriter.cpp" line="23"/>
        <source>kubectl&apos;s kubeconfig files (%1) define no context “%2”; a context from a file you added to Kubeminder becomes usable by kubectl once that file is in KUBECONFIG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/currentcontextwriter.cpp" line="42"/>
        <source>%1 is not among the loaded files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../../work/main/app/cli/democommand.cpp" line="15"/>
        <source>Writes a demo set of kubeconfig files whose credentials expire at varied dates, for trying Kubeminder without touching your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/democommand.cpp" line="18"/>
        <source>Folder to write the files into (created if needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/democommand.cpp" line="19"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/democommand.cpp" line="33"/>
        <source>kubeminder demo: name one folder, for example: kubeminder demo /tmp/kubeminder-demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/democommand.cpp" line="41"/>
        <source>kubeminder demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/democommand.cpp" line="48"/>
        <source>Try it: KUBECONFIG=%1 kubeminder check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSet</name>
    <message>
        <location filename="../../work/main/core/kubeconfig/demoset.cpp" line="87"/>
        <location filename="../../work/main/core/kubeconfig/demoset.cpp" line="96"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/kubeconfig/demoset.cpp" line="91"/>
        <source>Cannot restrict %1 to its owner: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/kubeconfig/demoset.cpp" line="110"/>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/kubeconfig/demoset.cpp" line="119"/>
        <source>%1 already exists; the demo set is only written into a folder without “config” and “team.yaml”. Choose a new folder, for example /tmp/kubeminder-demo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecCredentialRunner</name>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="139"/>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="151"/>
        <source>The “env” of the exec section of user “%1” in %2 must be a list of name and value pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="161"/>
        <source>The exec section of user “%1” in %2 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="222"/>
        <source>The credential plugin of user “%1” needs the cluster&apos;s details (provideClusterInfo), but no cluster was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="227"/>
        <source>The credential plugin of user “%1” needs the details of cluster “%2” (provideClusterInfo), but no kubeconfig defines that cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="243"/>
        <source>Cannot read the certificate authority %1 of cluster “%2” to give to the credential plugin of user “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="406"/>
        <source>The credential plugin %1 printed an ExecCredential whose “status.%2” is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="422"/>
        <source>The credential plugin %1 printed nothing. An exec plugin must print an ExecCredential (JSON) on its standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="434"/>
        <source>The credential plugin %1 did not print valid JSON (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="438"/>
        <source>The credential plugin %1 did not print a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="447"/>
        <source>The credential plugin %1 printed JSON without “apiVersion” and “kind”: it is not an ExecCredential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="455"/>
        <source>The credential plugin %1 printed an ExecCredential of version “%2”, but the kubeconfig asks for “%3”. Set the exec apiVersion to what the plugin supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="464"/>
        <source>The credential plugin %1 printed a “%2”, not an ExecCredential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="471"/>
        <source>The credential plugin %1 printed an ExecCredential without a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="485"/>
        <source>The credential plugin %1 returned neither a token nor a client certificate and key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="492"/>
        <source>The credential plugin %1 returned a client certificate or key, but not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="502"/>
        <source>The credential plugin %1 returned an expirationTimestamp that is not an RFC 3339 time (like 2026-06-15T12:00:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="516"/>
        <source>The credential plugin %1 returned a client certificate that cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="524"/>
        <source>The credential plugin %1 returned a client key that cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="531"/>
        <source>The credential plugin %1 returned a client key that does not belong to its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="568"/>
        <source>User “%1” has no credential plugin (exec section).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="571"/>
        <source>The exec section of user “%1” names no command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="573"/>
        <source>The credential plugin of user “%1” uses apiVersion “%2”, which kubectl no longer runs. Use %3 or %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="582"/>
        <source>The credential plugin of user “%1” does not set interactiveMode, which %2 requires; kubectl refuses it too. Set it to Never or IfAvailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="587"/>
        <source>The credential plugin of user “%1” needs a terminal (interactiveMode: Always), so it cannot run in the background. Run a kubectl command in a terminal to refresh its credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="593"/>
        <source>The credential plugin of user “%1” has an unknown interactiveMode “%2”; kubectl accepts Never, IfAvailable or Always.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="610"/>
        <source>“%1” of user “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="618"/>
        <source>The credential plugin %1 was not found. Install it, or correct the command in the user&apos;s exec section in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="628"/>
        <source>The credential plugin %1 is not executable. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="629"/>
        <source>The credential plugin %1 (%2) is not executable. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="667"/>
        <source>The credential plugin %1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="699"/>
        <source>The credential plugin %1 did not finish within %2 seconds and was stopped. It may be waiting for a login in a browser or a terminal: run a kubectl command once to sign in, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="706"/>
        <source>The credential plugin %1 printed more than %2 KiB, too much for an ExecCredential; it was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="714"/>
        <source>The credential plugin %1 crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="715"/>
        <source>The credential plugin %1 failed with exit code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/execcredentialrunner.cpp" line="718"/>
        <source>It said: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiryMonitor</name>
    <message>
        <location filename="../../work/main/core/monitor/expirymonitor.cpp" line="157"/>
        <source>%1: %2 expires in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/monitor/expirymonitor.cpp" line="159"/>
        <source>%1: %2 expired %3 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/monitor/expirymonitor.cpp" line="160"/>
        <source>%1: %2 has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/monitor/expirymonitor.cpp" line="166"/>
        <source>It stops working on %1. Refresh the credentials of “%2” (in %3) before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/monitor/expirymonitor.cpp" line="169"/>
        <source>It stopped working on %1. Refresh the credentials of “%2” (in %3) to use it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/monitor/expirymonitor.cpp" line="176"/>
        <source>1 credential needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/monitor/expirymonitor.cpp" line="177"/>
        <source>%1 credentials need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/monitor/expirymonitor.cpp" line="193"/>
        <source>%1 expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/monitor/expirymonitor.cpp" line="195"/>
        <source>%1 expiring within 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/monitor/expirymonitor.cpp" line="197"/>
        <source>%1 expiring within %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/monitor/expirymonitor.cpp" line="209"/>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="44"/>
        <source>the kubeconfig on standard input is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="51"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="56"/>
        <source>%1 is not readable by you (K3s writes its kubeconfig for root only). Pipe it in instead: sudo cat %1 | kubeminder import - --name NAME, or start K3s with --write-kubeconfig-mode 0640 and a group you are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="98"/>
        <source>Without a terminal to ask on, check the fingerprint and run again with --accept-new-host-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="113"/>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="253"/>
        <source>kubeminder import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="125"/>
        <source>%1 holds no kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="143"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="145"/>
        <source>Would:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="145"/>
        <source>Changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="158"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="160"/>
        <source> (backup: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="163"/>
        <source>%1 was readable by other users; it is now readable by you only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="188"/>
        <source>“%1” is not in the kubeconfig after the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="191"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="194"/>
        <source>, expires %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="209"/>
        <source>Imports a fresh kubeconfig (for K3s, /etc/rancher/k3s/k3s.yaml; “-” reads standard input) as context NAME. If NAME exists, its certificate, key or token and its cluster CA are replaced in the files that hold them and everything else is kept; otherwise NAME is added. Every file written is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="215"/>
        <source>The fresh kubeconfig file, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="216"/>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="314"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="217"/>
        <source>The context to refresh or create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="218"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="220"/>
        <source>The kubeconfig to import into (default: as kubectl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="220"/>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="231"/>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="234"/>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="316"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="222"/>
        <source>The source&apos;s context to take (default: its current one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="223"/>
        <source>SRC_CONTEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="224"/>
        <source>Use this API server URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="224"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="225"/>
        <source>Namespace for a new context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="225"/>
        <source>NS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="226"/>
        <source>Make NAME the current context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="228"/>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="318"/>
        <source>Import even an expired, not yet valid or mismatched certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="229"/>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="319"/>
        <source>Show what would change; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="230"/>
        <source>SSH: a private key file to try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="233"/>
        <source>SSH: the known_hosts file (default ~/.ssh/known_hosts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="237"/>
        <source>SSH: trust and record an unknown host key without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="239"/>
        <source>SSH: use sudo to read the file: auto (when needed), never or always.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="240"/>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="243"/>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="322"/>
        <source>SSH: read the sudo password from the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="246"/>
        <source>SSH: the kind of server: k3s (default), rke2, kubeadm, microk8s, k0s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="247"/>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="248"/>
        <source>SSH: give up after this many seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="249"/>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="265"/>
        <source>name one source, for example: kubeminder import ./k3s.yaml --name homelab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="267"/>
        <source>--name NAME is required: the context to refresh or create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="285"/>
        <source>--sudo takes auto, never or always, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="290"/>
        <source>--preset takes k3s, rke2, kubeadm, microk8s or k0s, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="296"/>
        <source>--timeout takes a number of seconds from 1 to 3600, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="298"/>
        <source>standard input cannot carry both the kubeconfig and the sudo password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="303"/>
        <source>--%1 applies to ssh:// sources only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="312"/>
        <source>Repeats the import that created or last refreshed CONTEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="313"/>
        <source>The context to refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="316"/>
        <source>The kubeconfig (default: as kubectl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="326"/>
        <source>kubeminder refresh: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="338"/>
        <source>name one context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="344"/>
        <source>no remembered source for “%1”. Import it once with: kubeminder import SOURCE --name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/importcommand.cpp" line="366"/>
        <source>Refreshing “%1” from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <location filename="../../work/main/core/transfer/importsourceregistry.cpp" line="47"/>
        <source>from %1 over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/importsourceregistry.cpp" line="48"/>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KubeconfigDocument</name>
    <message>
        <location filename="../../work/main/core/kubeconfig/kubeconfigdocument.cpp" line="38"/>
        <source>“%1” must be a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/kubeconfig/kubeconfigdocument.cpp" line="57"/>
        <source>“%1” must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/kubeconfig/kubeconfigdocument.cpp" line="68"/>
        <source>“%1” must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/kubeconfig/kubeconfigdocument.cpp" line="88"/>
        <source>“%1” of “%2” is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/kubeconfig/kubeconfigdocument.cpp" line="111"/>
        <location filename="../../work/main/core/kubeconfig/kubeconfigdocument.cpp" line="130"/>
        <source>“%1” must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/kubeconfig/kubeconfigdocument.cpp" line="137"/>
        <source>every item of “%1” must be a mapping with a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/kubeconfig/kubeconfigdocument.cpp" line="145"/>
        <source>the name “%1” is used twice in “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/kubeconfig/kubeconfigdocument.cpp" line="163"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/kubeconfig/kubeconfigdocument.cpp" line="167"/>
        <source>%1 is a folder, not a kubeconfig file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/kubeconfig/kubeconfigdocument.cpp" line="171"/>
        <source>%1 is too large to be a kubeconfig (%2 MiB; the limit is %3 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/kubeconfig/kubeconfigdocument.cpp" line="179"/>
        <source>Cannot read %1: %2. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/kubeconfig/kubeconfigdocument.cpp" line="187"/>
        <source>%1 is too large to be a kubeconfig (the limit is %2 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/kubeconfig/kubeconfigdocument.cpp" line="205"/>
        <source>%1 is not a kubeconfig: it contains binary data (NUL bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/kubeconfig/kubeconfigdocument.cpp" line="211"/>
        <source>%1 is not valid YAML: %2 (line %3, column %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/kubeconfig/kubeconfigdocument.cpp" line="246"/>
        <source>%1 is not a kubeconfig: the top level must be a mapping (apiVersion, clusters, users, contexts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/kubeconfig/kubeconfigdocument.cpp" line="315"/>
        <source>%1 is not a valid kubeconfig: %2 (line %3, column %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/kubeconfig/kubeconfigdocument.cpp" line="321"/>
        <source>%1 is not a valid kubeconfig: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KubeconfigImporter</name>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="261"/>
        <source>No name given: say which context to refresh or create with --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="264"/>
        <source>“%1” is not a server address. Give one like https://192.0.2.10:6443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="271"/>
        <source>Cannot import into a kubeconfig with an unexpected layout: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="281"/>
        <source>“%1” already has exactly these credentials; nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="298"/>
        <source>%1 holds no kubeconfig (it is empty). Nothing was imported; check that this is the file the cluster wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="302"/>
        <source>%1 does not exist. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="304"/>
        <source>%1 is not a usable kubeconfig, so nothing was imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="316"/>
        <source>%1 defines no context, so there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="318"/>
        <source>%1 sets no current context; choose one of its contexts with --context: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="329"/>
        <source>%1 has no context “%2”; it defines no context at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="331"/>
        <source>%1 has no context “%2”. Choose one of %3 with --context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="337"/>
        <source>Context “%1” of %2 names cluster “%3”, which that file does not define. Nothing was imported; fetch a complete kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="344"/>
        <source>Context “%1” of %2 names user “%3”, which that file does not define. Nothing was imported; fetch a complete kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="402"/>
        <source>Could not analyse the credentials of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="413"/>
        <source>The fresh kubeconfig&apos;s cluster: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="420"/>
        <source>The fresh credentials: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="423"/>
        <source>user “%1” has no credentials at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="430"/>
        <source>The credentials in %1 cannot be used, so nothing was imported: %2. Fetch a fresh kubeconfig from the cluster (and check this computer&apos;s clock), or use --force to import it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="435"/>
        <source>Imported although the fresh credentials cannot be used (--force): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="461"/>
        <source>No kubeconfig file to add “%1” to; name one with --kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="476"/>
        <source>Cannot add “%1” to %2: %3 Fix that file or choose another with --kubeconfig; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="502"/>
        <source>Context “%1” in %2 names cluster “%3”, which no loaded kubeconfig defines, so there is nothing to refresh. Fix or delete the context, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="508"/>
        <source>Context “%1” in %2 names user “%3”, which no loaded kubeconfig defines, so there is nothing to refresh. Fix or delete the context, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="532"/>
        <source>User “%1” is shared: context(s) %2 use it too and get the fresh credentials as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="537"/>
        <source>Cluster “%1” is shared: context(s) %2 use it too and get the fresh CA as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="543"/>
        <source>Refreshing keeps the namespace of “%1” (%2); --namespace only applies to a new context. Change it with kubectl config set-context %1 --namespace=%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="548"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="559"/>
        <source>Cannot find user “%1” in %2 any more; reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="572"/>
        <source>User “%1” used %2; it now uses %3 from the fresh kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="590"/>
        <source>Cannot find cluster “%1” in %2 any more; reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="599"/>
        <source>Cluster “%1” no longer skips TLS verification: it now checks the server against the fresh CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="621"/>
        <source>Cannot add context “%1”: %2 already has a cluster named “%1” (but no context of that name), and a second one would be hidden by it. Choose another --name, or rename that cluster first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="628"/>
        <source>Cannot add context “%1”: %2 already has a user named “%1” (but no context of that name), and a second one would be hidden by it. Choose another --name, or rename that user first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="642"/>
        <source>Context “%1” uses %2: the host Kubeminder connected to, in place of the server&apos;s own loopback address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="648"/>
        <source>The fresh kubeconfig points at %1, the server&apos;s own loopback address, which does not reach it from here. Give the server&apos;s address with --server, e.g. --server https://HOST:6443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="653"/>
        <source>Context “%1” keeps the server address %2, which only works on the server itself. To use it from another computer, import again with --server https://HOST:6443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="671"/>
        <source>Cannot add “%1” to %2: that file already has an entry of that name. Choose another --name, or add the file to KUBECONFIG to refresh it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="750"/>
        <source>%1 Fix or remove it first; nothing was changed, because Kubeminder does not write next to a broken file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="775"/>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="776"/>
        <source>The import stopped half-way: %1 Already written (each with a backup): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="789"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="793"/>
        <source>Refresh the credentials of user “%1” in %2 (expiry %3 → %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="796"/>
        <source>Refresh the CA of cluster “%1” in %2 (expiry %3 → %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="799"/>
        <source>Add cluster “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="801"/>
        <source>Add user “%1” to %2 (expires %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="803"/>
        <source>Add context “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/kubeconfigimporter.cpp" line="805"/>
        <source>Make “%1” the current context in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KubeconfigLock</name>
    <message>
        <location filename="../../work/main/core/storage/kubeconfiglock.cpp" line="23"/>
        <source>%1 is locked: the lock file %2 exists. Another kubectl or Kubeminder may be writing it; wait and try again. If none is running, a crash left the lock behind: delete %2 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/kubeconfiglock.cpp" line="28"/>
        <source>Cannot create the lock file %1: %2. Check that its folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KubeconfigWriter</name>
    <message>
        <location filename="../../work/main/core/storage/kubeconfigwriter.cpp" line="39"/>
        <source>%1 is a chain of more than %2 symbolic links, probably a loop. Point it at a real file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/kubeconfigwriter.cpp" line="53"/>
        <source>%1 is a folder, not a kubeconfig file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/kubeconfigwriter.cpp" line="58"/>
        <source>Cannot read %1: %2. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/kubeconfigwriter.cpp" line="65"/>
        <source>%1 is too large to be a kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/kubeconfigwriter.cpp" line="69"/>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/kubeconfigwriter.cpp" line="83"/>
        <source>Cannot create a temporary file next to %1: %2. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/kubeconfigwriter.cpp" line="90"/>
        <source>Cannot set the permissions of the new %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/kubeconfigwriter.cpp" line="96"/>
        <source>Cannot write %1: %2. Free some disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/kubeconfigwriter.cpp" line="102"/>
        <source>Cannot save %1: %2. Free some disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/kubeconfigwriter.cpp" line="277"/>
        <source>No kubeconfig file was named to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/kubeconfigwriter.cpp" line="285"/>
        <source>Kubeminder did not write %1: the new content is not a valid kubeconfig (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/kubeconfigwriter.cpp" line="321"/>
        <source>Kubeminder did not write %1 because it could not back it up first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/kubeconfigwriter.cpp" line="331"/>
        <source>%1 was created by another program after Kubeminder looked for it. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/kubeconfigwriter.cpp" line="335"/>
        <source>%1 was removed or moved by another program after Kubeminder read it. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/kubeconfigwriter.cpp" line="339"/>
        <source>Another program changed %1 after Kubeminder read it. Nothing was written: reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/kubeconfigwriter.cpp" line="358"/>
        <source>%1 disappeared right after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/kubeconfigwriter.cpp" line="360"/>
        <source>%1 does not hold what was written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/kubeconfigwriter.cpp" line="362"/>
        <source>%1 no longer reads as a kubeconfig: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/kubeconfigwriter.cpp" line="372"/>
        <source>Writing %1 failed: %2 The new file was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/kubeconfigwriter.cpp" line="380"/>
        <source>Writing %1 failed: %2 The previous content was put back from the backup %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/kubeconfigwriter.cpp" line="383"/>
        <source>Writing %1 failed: %2 Putting the previous content back failed too (%3). Restore it from the backup %4 with “kubeminder restore”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/kubeconfigwriter.cpp" line="395"/>
        <source>Kubeminder will not write over %1 because it could not read it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/kubeconfigwriter.cpp" line="401"/>
        <source>Kubeminder did not write %1: the new content could not be turned into YAML (it is empty, too deep or too large).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/kubeconfigwriter.cpp" line="421"/>
        <source>The backup %1 no longer exists (it may have been removed or pruned). Nothing was restored; %2 is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/kubeconfigwriter.cpp" line="430"/>
        <source>%1 disappeared while it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/kubeconfigwriter.cpp" line="432"/>
        <source>The backup cannot be used: %1 Nothing was restored; %2 is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/kubeconfigwriter.cpp" line="437"/>
        <source>The backup %1 is not a valid kubeconfig (%2). Nothing was restored; %3 is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/storage/kubeconfigwriter.cpp" line="446"/>
        <source>Cannot restore %1: %2 Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationLedger</name>
    <message>
        <location filename="../../work/main/core/monitor/notificationledger.cpp" line="95"/>
        <source>The list of notifications already shown (%1 in %2) is too large to be ours; it is ignored, so some notifications may be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/monitor/notificationledger.cpp" line="106"/>
        <source>The list of notifications already shown (%1 in %2) is damaged; it is ignored, so some notifications may be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/monitor/notificationledger.cpp" line="125"/>
        <source>%1 of the %2 entries in the list of notifications already shown (%3 in %4) were ignored as damaged or beyond the limit of %5; their notifications may be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <location filename="../../work/main/core/monitor/notificationsettings.cpp" line="123"/>
        <source>The saved setting %1 (“%2”) in %3 is neither true nor false; notifications stay on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/monitor/notificationsettings.cpp" line="137"/>
        <source>The saved setting %1 (“%2”) in %3 is not a list of at most %4 whole numbers of days from 0 to %5, separated by commas; using the default of %6 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/monitor/notificationsettings.cpp" line="150"/>
        <source>The saved setting %1 (“%2”) in %3 is not a date and time such as 2026-06-15T13:00:00Z; notifications are not paused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <location filename="../../work/main/core/credentials/privatekey.cpp" line="185"/>
        <location filename="../../work/main/core/credentials/privatekey.cpp" line="194"/>
        <source>its private key is encrypted with a passphrase, which kubectl cannot use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/privatekey.cpp" line="187"/>
        <source>it contains no PEM private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/privatekey.cpp" line="228"/>
        <source>its private key is not valid PEM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <location filename="../../work/main/app/cli/probecommand.cpp" line="28"/>
        <source>CONTEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/probecommand.cpp" line="29"/>
        <source>RESULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/probecommand.cpp" line="30"/>
        <source>WHY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/probecommand.cpp" line="121"/>
        <source>Asks each context&apos;s API server whether it accepts the credentials (GET /version and a SelfSubjectReview), and explains a refusal with what Kubeminder knows locally.
exec plugins are run only with --run-exec.
Exit status: 0 accepted, 1 forbidden, 2 rejected or unreachable, 3 nothing to probe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/probecommand.cpp" line="125"/>
        <source>Contexts to probe (default: every one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/probecommand.cpp" line="127"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/probecommand.cpp" line="129"/>
        <source>A kubeconfig file; repeat to merge several in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/probecommand.cpp" line="129"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/probecommand.cpp" line="131"/>
        <source>Output format: table (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/probecommand.cpp" line="131"/>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/probecommand.cpp" line="134"/>
        <source>Seconds each context&apos;s probe may take (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/probecommand.cpp" line="134"/>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/probecommand.cpp" line="137"/>
        <source>Run exec credential plugins (non-interactively) to get their credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/probecommand.cpp" line="141"/>
        <source>kubeminder probe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/probecommand.cpp" line="154"/>
        <source>unknown output format “%1”; use table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/probecommand.cpp" line="158"/>
        <source>--timeout takes a number of seconds from 1 to 600, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/probecommand.cpp" line="174"/>
        <source>no context named “%1” in the loaded kubeconfig files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/probecommand.cpp" line="187"/>
        <source>refresh it %1: kubeminder refresh %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/probecommand.cpp" line="188"/>
        <source>import a fresh kubeconfig: kubeminder import FILE --name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/probecommand.cpp" line="204"/>
        <source>No context to probe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeResult</name>
    <message>
        <location filename="../../work/main/core/probe/proberesult.cpp" line="50"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/proberesult.cpp" line="52"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/proberesult.cpp" line="54"/>
        <source>Forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/proberesult.cpp" line="56"/>
        <source>Server not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/proberesult.cpp" line="58"/>
        <source>Server name mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/proberesult.cpp" line="60"/>
        <source>Server certificate expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/proberesult.cpp" line="62"/>
        <source>TLS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/proberesult.cpp" line="64"/>
        <source>Unknown host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/proberesult.cpp" line="66"/>
        <source>Connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/proberesult.cpp" line="68"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/proberesult.cpp" line="70"/>
        <source>Proxy error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/proberesult.cpp" line="72"/>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/proberesult.cpp" line="74"/>
        <source>Unexpected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/proberesult.cpp" line="76"/>
        <source>Not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/proberesult.cpp" line="78"/>
        <source>Configuration error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyResolver</name>
    <message>
        <location filename="../../work/main/core/probe/proxyresolver.cpp" line="84"/>
        <source>the proxy address “%1” is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/proxyresolver.cpp" line="98"/>
        <source>the proxy %1 is an HTTPS proxy, which Kubeminder cannot use yet; use an http:// or socks5:// proxy address, or probe with kubectl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/probe/proxyresolver.cpp" line="103"/>
        <source>the proxy %1 uses the scheme “%2”; kubectl supports only http, https and socks5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFormatter</name>
    <message>
        <location filename="../../work/main/app/cli/reportformatter.cpp" line="88"/>
        <source>CURRENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/reportformatter.cpp" line="88"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/reportformatter.cpp" line="88"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/reportformatter.cpp" line="88"/>
        <source>EXPIRES (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/reportformatter.cpp" line="88"/>
        <source>LEFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/reportformatter.cpp" line="89"/>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/reportformatter.cpp" line="89"/>
        <source>CLUSTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/reportformatter.cpp" line="89"/>
        <source>SERVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/reportformatter.cpp" line="89"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/reportformatter.cpp" line="139"/>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/reportformatter.cpp" line="146"/>
        <source>Files that could not be loaded:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshSource</name>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="239"/>
        <source>The SSH transfer was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="247"/>
        <source>%1 did not answer in time. Check that the host is reachable and that an SSH server listens on port %2, or allow more time with --timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="299"/>
        <source>&apos;%1&apos; is not a host name: write ssh://[USER@]HOST[:PORT][/ABSOLUTE/PATH].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="303"/>
        <source>The remote path %1 must be absolute (like /etc/rancher/k3s/k3s.yaml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="313"/>
        <source>&apos;%1&apos; is not a host name libssh accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="320"/>
        <source>Could not read your SSH configuration (~/.ssh/config): %1. Fix the file or name another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="327"/>
        <source>The SSH configuration file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="332"/>
        <source>Could not read the SSH configuration file %1: %2. Fix the file or name another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="392"/>
        <source>The host name %1 could not be resolved. Check the spelling, your DNS, or the HostName in your SSH configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="397"/>
        <source>%1 refused the connection on port %2. Check that the SSH server runs and listens on that port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="405"/>
        <source>Could not open an SSH connection to %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="417"/>
        <source>The SSH server %1 sent no usable host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="456"/>
        <source>a different key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="459"/>
        <source>the entry for %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="460"/>
        <source>line %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="463"/>
        <source>The host key of %1 has changed: %2 remembers %3, the server now shows %4 (%5). Someone may be intercepting the connection, or the server was reinstalled. Nothing was read. If you are sure the new key is right, remove %6 (for example: ssh-keygen -R &apos;%1&apos; -f &apos;%2&apos;) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="474"/>
        <source>Could not check the host key of %1 against %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="485"/>
        <source>The host key of %1 is not known (%2 key %3). Nothing was read. Check the fingerprint with the server&apos;s administrator (ssh-keygen -lf on the host&apos;s key), then accept it, or add it to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="493"/>
        <source>Could not record the host key of %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="525"/>
        <source>no passphrase was given for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="527"/>
        <source>the passphrase for %1 was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="529"/>
        <source>%1 could not be read as a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="552"/>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="578"/>
        <source>no password was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="576"/>
        <source>Password for %1@%2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="604"/>
        <source>The connection to %1 was closed during authentication: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="634"/>
        <source>The identity file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="649"/>
        <source>%1 refused to log in %2. The server offers: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="653"/>
        <source>Keys tried: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="655"/>
        <source>Also: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="656"/>
        <source>Add your public key to ~/.ssh/authorized_keys of %1 on the server, load the key into ssh-agent, or name it with --identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="668"/>
        <source>Could not open an SSH channel to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="674"/>
        <source>%1 did not open a session channel: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="683"/>
        <source>%1 refused to run a command: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="691"/>
        <source>The connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="709"/>
        <source>The connection to %1 failed while reading: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="720"/>
        <source>The output on %1 is larger than %2 MiB: that is not a kubeconfig. Check the path or preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="757"/>
        <source>What %1 sent is not a kubeconfig (%2). Check the path or the preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="779"/>
        <source>A command needed to read %1 is not installed on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="783"/>
        <source>%1 does not exist on %2. Check the path, or choose the preset for the cluster&apos;s distribution (k3s, rke2, kubeadm, microk8s, k0s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="788"/>
        <source>%1 on %2 is a folder, not a kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="790"/>
        <source>Reading %1 on %2 failed (exit status %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="812"/>
        <source>%1 on %2 is not readable by %3. Allow sudo (--sudo auto), or make the file readable (for K3s: start it with --write-kubeconfig-mode 0644, or copy the file somewhere %3 can read it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="825"/>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="881"/>
        <source>sudo on %1 did not accept the password for %2. Nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="831"/>
        <source>%1 may not use sudo on %2 to read %3. Ask the administrator to make the file readable or to allow sudo for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="836"/>
        <source>sudo on %1 requires a terminal (requiretty). Allow sudo without a terminal for %2, or make %3 readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="841"/>
        <source>sudo is not installed on %1, and %2 cannot read %3 without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="860"/>
        <source>sudo on %1 needs the password of %2, and none was given. Give it when asked (or with --sudo-password-stdin), or make %3 readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="894"/>
        <source>Could not start an SSH session (out of memory?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="913"/>
        <source>&apos;%1&apos; is not an SSH address: write ssh://[USER@]HOST[:PORT][/ABSOLUTE/PATH].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="924"/>
        <source>The remote path in &apos;%1&apos; must be absolute (like /etc/rancher/k3s/k3s.yaml); ~ and relative paths are not expanded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="928"/>
        <source>The remote path in &apos;%1&apos; contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="935"/>
        <source>The user name in &apos;%1&apos; is empty: write USER@HOST or leave out the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="939"/>
        <source>The SSH address contains a password. Passwords are never part of the address: you will be asked for one when it is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="943"/>
        <source>The user name in &apos;%1&apos; contains a character that is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="947"/>
        <source>The user name in &apos;%1&apos; may not start with &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="954"/>
        <source>The IPv6 address in &apos;%1&apos; has no closing &apos;]&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="959"/>
        <source>Unexpected text after the IPv6 address in &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="962"/>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="981"/>
        <source>The port in &apos;%1&apos; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="965"/>
        <source>The host in &apos;%1&apos; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="969"/>
        <source>&apos;%1&apos; is not an IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="972"/>
        <source>Only IPv6 addresses go in brackets: &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="976"/>
        <source>An IPv6 address goes in brackets: ssh://[%1]/...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="984"/>
        <source>The host in &apos;%1&apos; is empty: write ssh://HOST/...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="987"/>
        <source>The host in &apos;%1&apos; may not start with &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="992"/>
        <source>The host &apos;%1&apos; contains a character that is not allowed in a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/transfer/sshsource.cpp" line="1003"/>
        <source>&apos;%1&apos; is not a port number (1 to 65535). To name a file, write ssh://HOST/ABSOLUTE/PATH.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../work/main/core/credentials/status.cpp" line="30"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/status.cpp" line="32"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/status.cpp" line="34"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/status.cpp" line="36"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/status.cpp" line="38"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/status.cpp" line="40"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalInteraction</name>
    <message>
        <location filename="../../work/main/app/cli/terminalinteraction.cpp" line="59"/>
        <source>The host key of %1 (port %2) is not known yet.
%3 key fingerprint is %4.
Compare it with the server&apos;s (ssh-keygen -lf /etc/ssh/ssh_host_%5_key.pub).
Trust it and remember it in known_hosts? [yes/no/once] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/terminalinteraction.cpp" line="76"/>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/terminalinteraction.cpp" line="83"/>
        <source>Password for %1@%2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/terminalinteraction.cpp" line="84"/>
        <source>%1@%2 asks: %3 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/app/cli/terminalinteraction.cpp" line="95"/>
        <source>sudo password for %1 on %2: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdSettings</name>
    <message>
        <location filename="../../work/main/core/credentials/thresholdsettings.cpp" line="33"/>
        <source>The saved setting %1 (“%2”) in %3 is not a number of days from 0 to %4; using the default of %5 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/credentials/thresholdsettings.cpp" line="41"/>
        <source>The saved critical threshold (%1 days) is more than the warning threshold (%2 days) in %3; using the defaults of %4 and %5 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeLeft</name>
    <message>
        <location filename="../../work/main/core/credentials/expirypolicy.cpp" line="62"/>
        <source>expired just now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kubeminder::BackupsDialog</name>
    <message>
        <location filename="../../work/main/ui/backupsdialog.cpp" line="52"/>
        <source>%1 — no backups yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/backupsdialog.cpp" line="54"/>
        <source>%1 — 1 backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/backupsdialog.cpp" line="55"/>
        <source>%1 — %2 backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/backupsdialog.cpp" line="114"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/backupsdialog.cpp" line="115"/>
        <source>Open &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/backupsdialog.cpp" line="116"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/backupsdialog.cpp" line="122"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/backupsdialog.cpp" line="125"/>
        <source>Kubeminder backs up a kubeconfig before every change it makes. Restoring a backup backs up the current file first, so a restore can be undone too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/backupsdialog.cpp" line="132"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/backupsdialog.cpp" line="132"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/backupsdialog.cpp" line="132"/>
        <source>Contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/backupsdialog.cpp" line="152"/>
        <source>Looking for backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/backupsdialog.cpp" line="173"/>
        <location filename="../../work/main/ui/backupsdialog.cpp" line="418"/>
        <source>Put the selected backup back in place; the current file is backed up first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/backupsdialog.cpp" line="177"/>
        <source>Show the backup folder in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/backupsdialog.cpp" line="248"/>
        <source>Replace %1 with the backup from %2? The current file is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/backupsdialog.cpp" line="304"/>
        <source>No backups yet. Kubeminder backs a file up before every change; use Back up to make one now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/backupsdialog.cpp" line="313"/>
        <source>Unknown file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/backupsdialog.cpp" line="317"/>
        <source>The backup index does not say which file these are copies of. Restore one with “kubeminder restore BACKUP --kubeconfig FILE”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/backupsdialog.cpp" line="415"/>
        <source>Kubeminder does not know which file this backup is a copy of. Restore it with “kubeminder restore BACKUP --kubeconfig FILE”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/backupsdialog.cpp" line="436"/>
        <source>Restore a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/backupsdialog.cpp" line="439"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/backupsdialog.cpp" line="452"/>
        <source>Restoring %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/backupsdialog.cpp" line="479"/>
        <source>Restored %1 from the backup from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/backupsdialog.cpp" line="482"/>
        <source>There was no file there before, so there was nothing to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/backupsdialog.cpp" line="484"/>
        <source>The state before the restore is saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/backupsdialog.cpp" line="486"/>
        <source>It was readable by other users; it is now readable by you only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/backupsdialog.cpp" line="494"/>
        <source>There is no backup folder yet: Kubeminder creates %1 with the first backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/backupsdialog.cpp" line="502"/>
        <source>Could not open a file manager. The backups are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kubeminder::ContextTableModel</name>
    <message>
        <location filename="../../work/main/ui/contexttablemodel.cpp" line="57"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/contexttablemodel.cpp" line="59"/>
        <source>No expiry known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/contexttablemodel.cpp" line="130"/>
        <source>kubectl&apos;s current context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/contexttablemodel.cpp" line="162"/>
        <source>Date and time in your time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/contexttablemodel.cpp" line="164"/>
        <source>● marks kubectl&apos;s current context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/contexttablemodel.cpp" line="171"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/contexttablemodel.cpp" line="173"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/contexttablemodel.cpp" line="175"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/contexttablemodel.cpp" line="177"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/contexttablemodel.cpp" line="179"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/contexttablemodel.cpp" line="181"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/contexttablemodel.cpp" line="183"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/contexttablemodel.cpp" line="185"/>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/contexttablemodel.cpp" line="187"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kubeminder::DesktopNotifier</name>
    <message>
        <location filename="../../work/main/ui/desktopnotifier.cpp" line="197"/>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/desktopnotifier.cpp" line="198"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kubeminder::DesktopShell</name>
    <message>
        <location filename="../../work/main/ui/desktopshell.cpp" line="91"/>
        <source>Kubeminder is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/desktopshell.cpp" line="92"/>
        <source>It keeps watching your credentials from the tray and warns before they expire. Quit from the tray menu or with File → Quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kubeminder::DialogInteraction</name>
    <message>
        <location filename="../../work/main/ui/dialoginteraction.cpp" line="228"/>
        <source>Unknown Host Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/dialoginteraction.cpp" line="234"/>
        <source>%1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/dialoginteraction.cpp" line="236"/>
        <source>Kubeminder has not met %1 before: its host key is not in known_hosts. Compare the fingerprint below with the server&apos;s own (on the server: ssh-keygen -lf /etc/ssh/ssh_host_%2_key.pub) before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/dialoginteraction.cpp" line="243"/>
        <source>Host: %1
Port: %2
Key type: %3
Fingerprint: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/dialoginteraction.cpp" line="252"/>
        <source>Accept &amp;Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/dialoginteraction.cpp" line="255"/>
        <source>Accept and &amp;Remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/dialoginteraction.cpp" line="258"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/dialoginteraction.cpp" line="293"/>
        <source>Key Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/dialoginteraction.cpp" line="294"/>
        <source>The private key %1 is protected by a passphrase. Enter it to log in with this key, or cancel to skip the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/dialoginteraction.cpp" line="299"/>
        <source>Administrator Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/dialoginteraction.cpp" line="300"/>
        <source>Reading the kubeconfig on %1 needs sudo. Enter the sudo password of %2 on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/dialoginteraction.cpp" line="304"/>
        <source>SSH Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/dialoginteraction.cpp" line="307"/>
        <source>Enter the password of %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/dialoginteraction.cpp" line="308"/>
        <source>%1 asks for %2@%1:
%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kubeminder::ImportDialog</name>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="130"/>
        <source>%1 is too large to be a kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="137"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="142"/>
        <source>%1 is a folder; choose the kubeconfig file in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="176"/>
        <source>%1 holds no kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="248"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="252"/>
        <source>Make it the &amp;current context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="253"/>
        <source>Import even an &amp;expired, not yet valid or mismatched certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="257"/>
        <source>Read it with &amp;administrator rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="261"/>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="262"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="263"/>
        <location filename="../../work/main/ui/importdialog.cpp" line="279"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="264"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="278"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="285"/>
        <source>Import a Kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="294"/>
        <source>The context to refresh or create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="296"/>
        <source>Keep the context’s server (a new context: the source’s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="298"/>
        <source>For a new context (default: the source’s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="303"/>
        <source>Local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="304"/>
        <source>SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="306"/>
        <source>A host name, address or ~/.ssh/config alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="309"/>
        <source>From ~/.ssh/config, else your user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="312"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="316"/>
        <source>K3s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="316"/>
        <source>RKE2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="317"/>
        <source>kubeadm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="317"/>
        <source>MicroK8s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="318"/>
        <source>k0s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="325"/>
        <source>Optional: the SSH agent and your usual keys are tried too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="328"/>
        <source>When needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="329"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="330"/>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="340"/>
        <source>Takes fresh credentials from a kubeconfig — a local file, or fetched over SSH from the server (for K3s, /etc/rancher/k3s/k3s.yaml) — and puts them into the context named below. An existing context keeps its server, namespace and everything else: only its certificate, key or token and its cluster CA are replaced. Every file is backed up before it is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="353"/>
        <source>Sou&amp;rce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="355"/>
        <source>&amp;Source file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="358"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="359"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="360"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="361"/>
        <source>&amp;Kind of server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="362"/>
        <source>Remote &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="363"/>
        <source>&amp;Identity file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="364"/>
        <source>S&amp;udo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="365"/>
        <source>Context &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="366"/>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="367"/>
        <source>Na&amp;mespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="394"/>
        <source>Preview shows what the import would change. Nothing is written until you click Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="645"/>
        <source>Printed by the server’s own command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="654"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="723"/>
        <source>Enter the host to fetch the kubeconfig from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="731"/>
        <source>This is no SSH address Kubeminder can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="739"/>
        <source>Choose the kubeconfig file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="743"/>
        <source>Enter the name of the context to refresh or create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="788"/>
        <source>Fetching from %1 over SSH…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="789"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="790"/>
        <source>Importing into “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="802"/>
        <source>Cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="832"/>
        <source>“%1” exists: its credentials would be refreshed in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="833"/>
        <source>“%1” is new: it would be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="837"/>
        <source>The import would:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="839"/>
        <source>The fresh credential: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="841"/>
        <source>Issued to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="843"/>
        <location filename="../../work/main/ui/importdialog.cpp" line="872"/>
        <source>Expires %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="848"/>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="852"/>
        <source>Nothing has been written. Click Import to make these changes; every file is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="862"/>
        <source>The import stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="864"/>
        <source>“%1” is not in the kubeconfig after the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="868"/>
        <source>“%1” was refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="869"/>
        <source>“%1” was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="870"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="891"/>
        <source>%1 (a new file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="892"/>
        <source>%1 — backup: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="894"/>
        <source>%1 was readable by other users; now it is readable by you only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="898"/>
        <source>Files written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="900"/>
        <source>No file was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="905"/>
        <source>Refresh will read %1 again for “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="908"/>
        <source>The files above were written before the failure; their backups hold the previous contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="922"/>
        <source>%1 exists, but only its owner may read it (K3s writes its kubeconfig for root only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="925"/>
        <source>Kubeminder can read it once with administrator rights; you will be asked for the password. Only “cat” runs as administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="928"/>
        <source>Read it in a terminal and pipe it in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="931"/>
        <source>or start K3s with --write-kubeconfig-mode 0640 and a group you are in, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="968"/>
        <source>Choose a Kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="969"/>
        <source>Kubeconfig files (*.yaml *.yml *.conf config);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="995"/>
        <source>Waiting for the administrator password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="1025"/>
        <source>%1 is larger than %2 MiB; that is no kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="1027"/>
        <source>Reading %1 with administrator rights was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="1029"/>
        <source>Reading %1 with administrator rights was cancelled; nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="1032"/>
        <source>You may not read %1 with administrator rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="1033"/>
        <source>You may not read %1 with administrator rights (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="1035"/>
        <source>Reading %1 with administrator rights failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="1036"/>
        <source>Reading %1 with administrator rights failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/importdialog.cpp" line="1056"/>
        <source>%1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kubeminder::MainWindow</name>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="119"/>
        <source>Kubeminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="231"/>
        <source>Refresh credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="232"/>
        <source>Fetch fresh credentials for the selected context from where they came from last time, else choose a source (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="236"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="237"/>
        <source>Import fresh credentials from a kubeconfig file or over SSH (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="240"/>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="241"/>
        <source>Save a copy of every loaded kubeconfig file (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="245"/>
        <source>Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="245"/>
        <source>List backups and restore one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="248"/>
        <source>Add kubeconfig…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="249"/>
        <source>Also read a kubeconfig file that kubectl does not (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="253"/>
        <source>Add kubeconfig files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="256"/>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="256"/>
        <source>Also read every kubeconfig file in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="259"/>
        <source>Add a folder of kubeconfig files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="264"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="265"/>
        <source>Read every kubeconfig again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="269"/>
        <location filename="../../work/main/ui/mainwindow.cpp" line="678"/>
        <source>Kubeconfig files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="270"/>
        <source>Every file read, its status, and the ones you added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="272"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="273"/>
        <source>Expiry thresholds, added files, backup retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="277"/>
        <source>Set as current context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="278"/>
        <location filename="../../work/main/ui/mainwindow.cpp" line="741"/>
        <source>Make this kubectl&apos;s current context (the file is backed up first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="280"/>
        <source>Copy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="281"/>
        <source>Copy the context&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="286"/>
        <source>Open containing folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="286"/>
        <source>Show the file that defines this context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="289"/>
        <source>Back up this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="290"/>
        <source>Save a copy of the files that define this context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="293"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="294"/>
        <source>Ask the cluster whether it accepts this context&apos;s credentials (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="298"/>
        <source>Test all connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="299"/>
        <source>Ask every cluster whether it accepts the credentials (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="303"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="323"/>
        <source>Filter contexts (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="336"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="350"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="357"/>
        <source>&amp;Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="367"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="535"/>
        <source>Added %1. Kubeminder reads it from now on; kubectl does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="537"/>
        <source>Added %1 files and folders. Kubeminder reads them from now on; kubectl does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="553"/>
        <source>Reading kubeconfig files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="611"/>
        <source>Checking… %1 contexts so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="637"/>
        <source>1 context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="637"/>
        <source>%1 contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="639"/>
        <source>%1 expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="641"/>
        <source>%1 expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="643"/>
        <source>%1 with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="648"/>
        <source>1 file could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="649"/>
        <source>%1 files could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="651"/>
        <source>1 kubeconfig file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="651"/>
        <source>%1 kubeconfig files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="662"/>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="667"/>
        <source>A kubeconfig file could not be read; its contexts are not in the list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="668"/>
        <source>%1 kubeconfig files could not be read; their contexts are not in the list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="700"/>
        <source>The kubeconfig files hold no contexts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="702"/>
        <source>No kubeconfig could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="704"/>
        <source>No kubeconfig found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="705"/>
        <source>Looked at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="707"/>
        <source>(no files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="709"/>
        <source>Set KUBECONFIG or create ~/.kube/config, or add a file with “Add kubeconfig…”; then reload (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="711"/>
        <source>Try “kubeminder demo DIR” to see Kubeminder with example files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="738"/>
        <source>kubectl does not read %1; add it to KUBECONFIG to use this context with kubectl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="787"/>
        <source>No file manager could open %1. The file is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="824"/>
        <source>“%1” was not made the current context: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="827"/>
        <source>“%1” is kubectl&apos;s current context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="828"/>
        <source>“%1” is now kubectl&apos;s current context (written to %2; the previous file is backed up as %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="862"/>
        <location filename="../../work/main/ui/mainwindow.cpp" line="979"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="873"/>
        <source>Not every file was backed up (%1 of %2 were):
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="879"/>
        <source>Backed up %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="880"/>
        <source>Backed up %1 files to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="881"/>
        <source>Backups… lists them and restores one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="911"/>
        <source>Asking the API server of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="912"/>
        <source>Asking the API servers of %1 contexts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="922"/>
        <source>refresh it %1 (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="923"/>
        <source>import fresh credentials (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="983"/>
        <source>%1 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="985"/>
        <source>%1 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="987"/>
        <source>%1 unreachable or failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="989"/>
        <source>%1 not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="992"/>
        <source>Tested %1 contexts: %2. Select one to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1018"/>
        <source>kubectl&apos;s current context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1035"/>
        <source>Refresh %1 (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1036"/>
        <source>Import fresh credentials… (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1048"/>
        <source>Connection test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1052"/>
        <source>Run the exec plugin and test again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1055"/>
        <source>Test the connection (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1068"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1069"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1070"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1071"/>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1072"/>
        <source>Context defined in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1074"/>
        <source>Cluster defined in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1076"/>
        <source>User defined in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1077"/>
        <source>Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1079"/>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1101"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1080"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1081"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1082"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1082"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1091"/>
        <source>Lifetime used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1096"/>
        <source>%1% of %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1098"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1099"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1102"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1105"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1106"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1108"/>
        <source>Cluster CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1109"/>
        <source>%1, expires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1112"/>
        <source>Refresh source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1113"/>
        <source>%1 (last imported %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1121"/>
        <source>context “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1123"/>
        <source>cluster “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1124"/>
        <source>user “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1125"/>
        <source>Shadowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/mainwindow.cpp" line="1125"/>
        <source>%1 is also defined in %2, which kubectl ignores: %3 comes first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kubeminder::MessageBar</name>
    <message>
        <location filename="../../work/main/ui/messagebar.cpp" line="48"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/messagebar.cpp" line="49"/>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kubeminder::SettingsDialog</name>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="85"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="87"/>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="89"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="91"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="93"/>
        <source>Not loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="95"/>
        <source>No kubeconfig files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="97"/>
        <source>Already listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="98"/>
        <source>Not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="105"/>
        <source>The file is empty: it defines no contexts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="107"/>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="109"/>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="111"/>
        <source>Added just now: it is read with the next reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="113"/>
        <source>The folder holds no kubeconfig files (hidden, lock, backup and temporary files are skipped, and sub-folders are not read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="116"/>
        <source>This file is already read through another entry of the list, and a file is read once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="119"/>
        <source>Kubeminder was started with --kubeconfig, so it reads only the files named there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="128"/>
        <source>--kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="130"/>
        <source>KUBECONFIG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="132"/>
        <source>~/.kube/config (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="134"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="137"/>
        <source>Added folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="138"/>
        <source>In added folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="146"/>
        <source>A folder added to Kubeminder: only Kubeminder reads the kubeconfig files in it, kubectl does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="151"/>
        <source>Named with --kubeconfig when Kubeminder was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="153"/>
        <source>kubectl reads this file too: it is listed in KUBECONFIG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="155"/>
        <source>kubectl reads this file too: it is the default kubeconfig, read when KUBECONFIG is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="158"/>
        <source>Added to Kubeminder: only Kubeminder reads it, kubectl does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="160"/>
        <source>In the folder %1 added to Kubeminder: only Kubeminder reads it, kubectl does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="193"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="202"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="207"/>
        <source>&amp;Kubeconfig files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="208"/>
        <source>&amp;Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="209"/>
        <source>&amp;Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="210"/>
        <source>&amp;Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="219"/>
        <source>Save the expiry thresholds and the backup settings now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="241"/>
        <source>kubectl reads the files listed in KUBECONFIG, or ~/.kube/config when KUBECONFIG is not set. Files and folders added here are read by Kubeminder only; kubectl does not see them. Changes on this page are saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="249"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="249"/>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="249"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="270"/>
        <source>Add &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="272"/>
        <source>Add kubeconfig files for Kubeminder to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="273"/>
        <source>Add f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="275"/>
        <source>Add a folder: Kubeminder reads every kubeconfig directly in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="276"/>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="653"/>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="671"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="278"/>
        <source>Open &amp;containing folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="280"/>
        <source>Show the folder of the selected file in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="318"/>
        <source>A context is shown as Warning when its credentials expire within the warning threshold, and as Critical within the critical one. The window and every kubeminder command use these thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="323"/>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="391"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="337"/>
        <source>&amp;Warning before expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="340"/>
        <source>C&amp;ritical before expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="349"/>
        <source>Defaults: warning %1 days before expiry, critical %2 days before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="353"/>
        <source>Restore &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="383"/>
        <source>Kubeminder backs up a kubeconfig before every change it makes. Each time it backs up a file, it removes that file&apos;s backups beyond these limits; a file&apos;s only backup is never removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="389"/>
        <source> backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="399"/>
        <source>Always keep the &amp;newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="402"/>
        <source>And every backup &amp;younger than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="408"/>
        <source>Defaults: the newest %1 backups of each file, and every backup younger than %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="417"/>
        <source>Open &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="419"/>
        <source>Show the backup folder in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="424"/>
        <source>Backup folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="448"/>
        <source>Kubeminder warns on the desktop when a credential comes within one of these numbers of days of its expiry, and when it expires: once for each credential and threshold, and as one summary when several come due together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="452"/>
        <source>&amp;Show notifications before credentials expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="458"/>
        <source>Days before expiry, separated by commas, e.g. 30, 7, 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="464"/>
        <source>Notify &amp;days before expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="468"/>
        <source>Start Kubeminder in the tray when I &amp;log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="651"/>
        <source>No kubeconfig files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="665"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="671"/>
        <source>Re&amp;move folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="675"/>
        <source>This file was named with --kubeconfig when Kubeminder was started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="676"/>
        <source>kubectl reads this file; change KUBECONFIG to stop reading it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="679"/>
        <source>Stop reading the folder %1 and every file in it. No file is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="681"/>
        <source>Stop reading %1. The file is not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="689"/>
        <source>Add kubeconfig files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="694"/>
        <source>Add a folder of kubeconfig files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="724"/>
        <source>Already in the list, so not added again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="767"/>
        <source>Could not save the list of added files in %1. Check that the file and its folder are writable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="791"/>
        <source>There is no backup folder yet: Kubeminder creates %1 with the first backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="801"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="805"/>
        <source>Could not open a file manager for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="879"/>
        <source>The critical threshold (%1 days) must not be more than the warning threshold (%2 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="889"/>
        <source>Enter whole numbers of days from 0 to %1, separated by commas (at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/settingsdialog.cpp" line="940"/>
        <source>Could not save the settings in %1. Check that the file and its folder are writable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kubeminder::SingleInstance</name>
    <message>
        <location filename="../../work/main/core/desktop/singleinstance.cpp" line="162"/>
        <source>Another Kubeminder is starting and holds %1; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/desktop/singleinstance.cpp" line="163"/>
        <source>Cannot create the lock file %1. Check that its folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/desktop/singleinstance.cpp" line="176"/>
        <source>Cannot listen on %1 (%2), so a second launch of Kubeminder cannot find this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/desktop/singleinstance.cpp" line="232"/>
        <source>This Kubeminder is the running one; it has no other to hand over to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/desktop/singleinstance.cpp" line="241"/>
        <source>The command line is too long to hand over to the running Kubeminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/desktop/singleinstance.cpp" line="249"/>
        <source>No running Kubeminder answers on %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/desktop/singleinstance.cpp" line="255"/>
        <source>The running Kubeminder did not take the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/desktop/singleinstance.cpp" line="267"/>
        <source>The running Kubeminder gave an answer this version does not understand; quit it and start Kubeminder again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/desktop/singleinstance.cpp" line="272"/>
        <source>The running Kubeminder closed the connection without answering; quit it and start Kubeminder again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/core/desktop/singleinstance.cpp" line="279"/>
        <source>The running Kubeminder did not answer within %1 ms; it may be busy or stuck. If it does not show up, quit it and start Kubeminder again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kubeminder::TrayIcon</name>
    <message>
        <location filename="../../work/main/ui/trayicon.cpp" line="36"/>
        <location filename="../../work/main/ui/trayicon.cpp" line="102"/>
        <source>Kubeminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../work/main/ui/trayicon.cpp" line="85"/>
        <source>%n expired</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../work/main/ui/trayicon.cpp" line="87"/>
        <source>%n expiring within %1 days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../work/main/ui/trayicon.cpp" line="89"/>
        <source>%n with errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../work/main/ui/trayicon.cpp" line="92"/>
        <source>No contexts loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../work/main/ui/trayicon.cpp" line="93"/>
        <source>All %n credentials are fine</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../work/main/ui/trayicon.cpp" line="124"/>
        <source>Open Kubeminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/trayicon.cpp" line="142"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/trayicon.cpp" line="148"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/trayicon.cpp" line="151"/>
        <source>Refresh credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/trayicon.cpp" line="152"/>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../work/main/ui/trayicon.cpp" line="155"/>
        <source>%n more…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../work/main/ui/trayicon.cpp" line="159"/>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/trayicon.cpp" line="163"/>
        <source>Resume notifications (paused until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/trayicon.cpp" line="168"/>
        <source>Pause notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/trayicon.cpp" line="170"/>
        <source>For 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/trayicon.cpp" line="171"/>
        <source>Until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../work/main/ui/trayicon.cpp" line="175"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
