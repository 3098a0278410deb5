<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ApiConnection</name>
    <message>
        <location filename="../../core/probe/apiconnection.cpp" line="+45"/>
        <source>the answer is too large: its status line is longer than %1 KiB</source>
        <translation>응답이 너무 큽니다: 상태 줄이 %1 KiB보다 깁니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer is too large: a header line is longer than %1 KiB</source>
        <translation>응답이 너무 큽니다: 헤더 줄 하나가 %1 KiB보다 깁니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer is too large: its header is larger than %1 KiB</source>
        <translation>응답이 너무 큽니다: 헤더가 %1 KiB보다 큽니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer is too large: it has more than %1 header lines</source>
        <translation>응답이 너무 큽니다: 헤더 줄이 %1개를 넘습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer is too large: a chunk-size line is longer than %1 KiB</source>
        <translation>응답이 너무 큽니다: 청크 크기 줄이 %1 KiB보다 깁니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer is too large: a trailer line is longer than %1 KiB</source>
        <translation>응답이 너무 큽니다: 트레일러 줄 하나가 %1 KiB보다 깁니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer is too large: its trailer is larger than %1 KiB</source>
        <translation>응답이 너무 큽니다: 트레일러가 %1 KiB보다 큽니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer is too large: it has more than %1 trailer lines</source>
        <translation>응답이 너무 큽니다: 트레일러 줄이 %1개를 넘습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer is too large: its body is larger than %1 MiB</source>
        <translation>응답이 너무 큽니다: 본문이 %1 MiB보다 큽니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer is too large: more than %1 interim (1xx) answers came first</source>
        <translation>응답이 너무 큽니다: 중간 응답(1xx)이 먼저 %1개 넘게 왔습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer is too large</source>
        <translation>응답이 너무 큽니다</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>while looking up the server&apos;s name</source>
        <translation>서버 이름을 조회하는 중</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>while connecting</source>
        <translation>연결하는 중</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>during the TLS handshake</source>
        <translation>TLS 핸드셰이크 중</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>while sending the request</source>
        <translation>요청을 보내는 중</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>while waiting for the answer</source>
        <translation>응답을 기다리는 중</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <location filename="../../core/desktop/autostart.cpp" line="+22"/>
        <source>Keeps your Kubernetes credentials alive</source>
        <translation>Kubernetes 자격 증명을 항상 유효하게 유지합니다</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Cannot set up the start at login: “%1” is not the full path of the Kubeminder program.</source>
        <translation>로그인 시 자동 시작을 설정할 수 없습니다: “%1” 경로는 Kubeminder 프로그램의 전체 경로가 아닙니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot set up the start at login: the program path %1 contains a control character. Move Kubeminder to a folder with a plain name.</source>
        <translation>로그인 시 자동 시작을 설정할 수 없습니다: 프로그램 경로 %1에 제어 문자가 들어 있습니다. 특수 문자가 없는 평범한 이름의 폴더로 Kubeminder를 옮기세요.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot remove the autostart entry %1: %2. Delete it by hand to stop Kubeminder from starting at login.</source>
        <translation>자동 시작 항목(%1)을 제거할 수 없습니다: %2. 로그인 시 Kubeminder가 시작되지 않게 하려면 이 항목을 직접 삭제하세요.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot create the folder %1 for the autostart entry.</source>
        <translation>자동 시작 항목용 폴더를 만들 수 없습니다: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write the autostart entry %1: %2.</source>
        <translation>자동 시작 항목 %1에 쓸 수 없습니다: %2.</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../../app/cli/backupcommands.cpp" line="+23"/>
        <source>The kubeconfig file.</source>
        <translation>kubeconfig 파일입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what the restore would change; write nothing.</source>
        <translation>복원하면 무엇이 바뀌는지만 보여 주고 아무것도 기록하지 않습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup file (see “kubeminder backups”).</source>
        <translation>백업 파일입니다(“kubeminder backups” 참고).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>name one backup file.</source>
        <translation>백업 파일을 하나 지정하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected argument “%1”.</source>
        <translation>예상하지 못한 인수입니다: “%1”.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saves a copy of each kubeconfig file and prints where it went.</source>
        <translation>각 kubeconfig 파일의 사본을 저장하고 저장 위치를 출력합니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kubeminder backup: %1</source>
        <translation>kubeminder backup: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kubeminder backup: no kubeconfig file to back up.</source>
        <translation>kubeminder backup: 백업할 kubeconfig 파일이 없습니다.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>CREATED (UTC)</source>
        <translation>만든 때 (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CONTEXTS</source>
        <translation>컨텍스트 수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SIZE</source>
        <translation>크기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OF</source>
        <translation>원본</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BACKUP</source>
        <translation>백업</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REASON</source>
        <translation>사유</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No backups yet: Kubeminder makes one before every write, or run “kubeminder backup”.</source>
        <translation>아직 백업이 없습니다. Kubeminder는 파일을 쓸 때마다 먼저 백업하며, “kubeminder backup”으로 직접 만들 수도 있습니다.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>kubeminder restore: %1 is not a backup Kubeminder knows; name the file to restore with --kubeconfig FILE.</source>
        <translation>kubeminder restore: %1 파일은 Kubeminder가 관리하는 백업이 아닙니다. 복원할 파일을 --kubeconfig FILE로 지정하세요.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>kubeminder restore: %1</source>
        <translation>kubeminder restore: %1</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Lists backups, newest first: when, how many contexts, size, why it was taken, of which file, and the backup&apos;s path.</source>
        <translation>백업을 최신 순으로 나열합니다: 시각, 컨텍스트 수, 크기, 백업한 사유, 원본 파일, 백업 경로.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Puts a backup back in place, after saying what that changes: which contexts are added or removed and whose credentials change, with their expiry before and after. The current file is backed up first.</source>
        <translation>무엇이 바뀌는지 먼저 알려 준 뒤 백업을 제자리에 되돌립니다: 추가되거나 제거되는 컨텍스트, 자격 증명이 바뀌는 컨텍스트와 그 전후 만료 시각. 현재 파일은 먼저 백업합니다.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>What a restore would change in %1:</source>
        <translation>복원하면 %1 파일에서 바뀌는 것:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the restore changes in %1:</source>
        <translation>이번 복원으로 %1 파일에서 바뀌는 것:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restored %1 from %2.</source>
        <translation>%2에서 %1 파일을 복원했습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The state before the restore is saved as %1.</source>
        <translation>복원 전 상태는 %1에 저장했습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was readable by other users; it is now readable by you only.</source>
        <translation>%1 파일은 다른 사용자도 읽을 수 있는 상태였으므로, 이제 본인만 읽을 수 있도록 변경했습니다.</translation>
    </message>
</context>
<context>
    <name>BackupReason</name>
    <message>
        <location filename="../../core/storage/backupreason.cpp" line="+45"/>
        <source>Manual</source>
        <translation>직접 백업</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before import of %1</source>
        <translation>%1 가져오기 전</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before refresh of %1</source>
        <translation>%1 새로 고치기 전</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before restore of %1</source>
        <translation>%1 백업 복원 전</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before switching to %1</source>
        <translation>%1 컨텍스트로 전환하기 전</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <location filename="../../core/storage/backupstore.cpp" line="+227"/>
        <source>Cannot write the backup index %1: %2.</source>
        <translation>백업 색인 %1에 쓸 수 없습니다: %2.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Cannot create the backup folder %1. Check that its parent folder is writable, or free some disk space.</source>
        <translation>백업 폴더(%1)를 만들 수 없습니다. 상위 폴더에 쓰기 권한이 있는지 확인하거나 디스크 공간을 확보하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot make the backup folder %1 private (mode 0700). Check that it belongs to you.</source>
        <translation>백업 폴더 %1의 권한을 비공개(모드 0700)로 설정할 수 없습니다. 폴더의 소유자가 본인인지 확인하세요.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>%1 is /dev/null (no kubeconfig): there is nothing to back up.</source>
        <translation>%1 경로는 /dev/null입니다(kubeconfig 없음): 백업할 것이 없습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not exist: there is nothing to back up.</source>
        <translation>%1 파일이 없습니다: 백업할 것이 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder, not a kubeconfig file; it was not backed up.</source>
        <translation>%1 경로는 kubeconfig 파일이 아니라 폴더입니다. 백업하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a regular file (a pipe, socket or device); Kubeminder backs up kubeconfig files only.</source>
        <translation>%1 경로는 일반 파일이 아닙니다(파이프, 소켓 또는 장치). Kubeminder는 kubeconfig 파일만 백업합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is too large to be a kubeconfig (the limit is %2 MiB); it was not backed up.</source>
        <translation>%1 파일은 kubeconfig로 보기에는 너무 큽니다(한도 %2 MiB). 백업하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1: %2. Check the file&apos;s permissions.</source>
        <translation>%1 파일을 읽을 수 없습니다: %2. 파일 권한을 확인하세요.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The backup index in %1 is locked by another Kubeminder. Try again in a moment.</source>
        <translation>%1의 백업 색인이 다른 Kubeminder에 의해 잠겨 있습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot create a backup of %1 in %2: %3.</source>
        <translation>%2에 %1의 백업을 만들 수 없습니다: %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write the backup %1: %2. Free some disk space and try again.</source>
        <translation>백업 파일 %1에 쓸 수 없습니다: %2. 디스크 공간을 확보한 뒤 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <location filename="../../core/credentials/certificate.cpp" line="+330"/>
        <source>its certificate is malformed</source>
        <translation>인증서 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>it contains no PEM certificate</source>
        <translation>PEM 인증서가 들어 있지 않습니다</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>its certificate is not valid PEM</source>
        <translation>인증서가 올바른 PEM 형식이 아닙니다</translation>
    </message>
</context>
<context>
    <name>CertificateMinter</name>
    <message>
        <location filename="../../core/credentials/certificateminter.cpp" line="+84"/>
        <source>could not generate a key</source>
        <translation>키를 생성할 수 없습니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the issuer is unusable: %1</source>
        <translation>발급자를 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the issuer is unusable</source>
        <translation>발급자를 사용할 수 없습니다</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>invalid validity dates</source>
        <translation>유효 기간 날짜가 잘못되었습니다</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>could not add certificate extensions</source>
        <translation>인증서 확장을 추가할 수 없습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not sign the certificate</source>
        <translation>인증서에 서명할 수 없습니다</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>could not write the private key</source>
        <translation>개인 키를 쓸 수 없습니다</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../../app/cli/checkcommand.cpp" line="+63"/>
        <source>kubeminder check: %1</source>
        <translation>kubeminder check: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>from --%1</source>
        <translation>--%1 옵션으로 지정</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the saved setting %1</source>
        <translation>저장된 설정 %1의 값</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shows every context of every kubeconfig with how long its credentials have left.
Files: --kubeconfig (repeatable), else $KUBECONFIG, else ~/.kube/config.
Exit status: 0 all ok, 1 a warning, 2 critical, expired or broken, 3 nothing could be checked.</source>
        <translation>모든 kubeconfig의 모든 컨텍스트와 각 자격 증명의 남은 기간을 표시합니다.
파일: --kubeconfig(반복 가능), 없으면 $KUBECONFIG, 그것도 없으면 ~/.kube/config.
종료 상태: 0 모두 정상, 1 경고 있음, 2 위험·만료됨·손상됨, 3 아무것도 검사하지 못함.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A kubeconfig file to check; repeat to merge several in order.</source>
        <translation>검사할 kubeconfig 파일입니다. 여러 번 지정하면 순서대로 병합합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check only this context (repeatable).</source>
        <translation>이 컨텍스트만 검사합니다(반복 가능).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output format: table (default), json or prometheus.</source>
        <translation>출력 형식: table(기본값), json 또는 prometheus.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warn this many days before expiry (default %1).</source>
        <translation>만료 N일 전부터 경고로 표시합니다(기본값 %1).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Critical this many days before expiry (default %1).</source>
        <translation>만료 N일 전부터 위험으로 표시합니다(기본값 %1).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unexpected argument “%1”.</source>
        <translation>예상하지 못한 인수입니다: “%1”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown output format “%1”; use table, json or prometheus.</source>
        <translation>알 수 없는 출력 형식 “%1”입니다. table, json 또는 prometheus를 사용하세요.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--%1 takes a number of days from 0 to %2, not “%3”.</source>
        <translation>--%1에는 0에서 %2 사이의 일수를 지정해야 합니다(입력값: “%3”).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the critical threshold, %1 days (%2), is more than the warning threshold, %3 days (%4). Pass --critical-days %3 or less, or --warn-days %1 or more.</source>
        <translation>위험 임계값 %1일(%2)이 경고 임계값 %3일(%4)보다 큽니다. --critical-days를 %3 이하로 지정하거나 --warn-days를 %1 이상으로 지정하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved settings are in %1.</source>
        <translation>저장된 설정은 %1에 있습니다.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No kubeconfig found. Looked at: %1</source>
        <translation>kubeconfig를 찾지 못했습니다. 확인한 위치: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try “kubeminder demo DIR” to see Kubeminder with example files.</source>
        <translation>예제 파일로 Kubeminder를 살펴보려면 “kubeminder demo DIR” 명령을 실행해 보세요.</translation>
    </message>
</context>
<context>
    <name>CheckJob</name>
    <message>
        <location filename="../../core/credentials/checkjob.cpp" line="+8"/>
        <source>no context named “%1” in the loaded kubeconfig files.</source>
        <translation>불러온 kubeconfig 파일에 이름이 “%1”인 컨텍스트가 없습니다.</translation>
    </message>
</context>
<context>
    <name>ClusterProber</name>
    <message>
        <location filename="../../core/probe/clusterprober.cpp" line="+61"/>
        <location filename="../../core/probe/probediagnosis.cpp" line="+267"/>
        <source>the probe was cancelled</source>
        <translation>점검이 취소되었습니다</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>; besides, the credential itself expired on %1: %2</source>
        <translation>; 게다가 자격 증명 자체도 %1에 만료되었습니다: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>import a fresh kubeconfig from the cluster</source>
        <translation>클러스터에서 새 kubeconfig를 가져오세요</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>context “%1” is not in the loaded kubeconfigs</source>
        <translation>불러온 kubeconfig에 “%1” 컨텍스트가 없습니다</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the server address “%1” of cluster “%2” is not a valid URL</source>
        <translation>클러스터 “%2”의 서버 주소(“%1”)가 올바른 URL이 아닙니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server address “%1” of cluster “%2” uses “%3”; an API server is reached over https://</source>
        <translation>클러스터 “%2”의 서버 주소(“%1”)가 “%3” 스킴을 사용합니다. API 서버에는 https://로 접속해야 합니다</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>user “%1” gets its credentials from the “%2” auth provider, which the probe cannot use; check it with kubectl</source>
        <translation>“%1” 사용자는 “%2” 인증 공급자에서 자격 증명을 받는데, 점검에서는 이 공급자를 사용할 수 없습니다. kubectl로 확인하세요</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user “%1” signs in with a user name and password, which Kubeminder does not read (Kubernetes removed basic authentication in 1.19)</source>
        <translation>“%1” 사용자는 사용자 이름과 비밀번호로 로그인하는데, Kubeminder는 이를 읽지 않습니다(Kubernetes는 1.19에서 기본 인증을 제거했습니다)</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+4"/>
        <source>the client key of user “%1” is unusable</source>
        <translation>사용자 “%1”의 클라이언트 키를 사용할 수 없습니다</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the token of user “%1” contains a line break; remove it</source>
        <translation>사용자 “%1”의 토큰에 줄바꿈이 들어 있습니다. 줄바꿈을 제거하세요</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>user “%1” gets its credential from the exec plugin “%2”, which is run only when asked: choose “Run the exec plugin and test again”</source>
        <translation>“%1” 사용자는 exec 플러그인 “%2”에서 자격 증명을 받는데, 이 플러그인은 요청할 때만 실행됩니다. “exec 플러그인을 실행하고 다시 테스트”를 누르세요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>user “%1” gets its credential from the exec plugin “%2”, which is run only when asked: pass --run-exec to run it</source>
        <translation>“%1” 사용자는 exec 플러그인 “%2”에서 자격 증명을 받습니다. 이 플러그인은 요청할 때만 실행됩니다: 실행하려면 --run-exec 옵션을 지정하세요</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the exec plugin “%1” of user “%2” failed: %3</source>
        <translation>사용자 “%2”의 “%1” exec 플러그인이 실패했습니다: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the exec plugin “%1” of user “%2” was not run</source>
        <translation>사용자 “%2”의 “%1” exec 플러그인이 실행되지 않았습니다</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the exec plugin “%1” of user “%2” returned no credential</source>
        <translation>사용자 “%2”의 “%1” exec 플러그인이 자격 증명을 반환하지 않았습니다</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the CA of cluster “%1” is unreadable</source>
        <translation>클러스터 “%1”의 CA를 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../core/probe/probediagnosis.cpp" line="-157"/>
        <source>the server accepted the credentials (before Kubernetes 1.28 it cannot say as whom)</source>
        <translation>서버가 자격 증명을 허용했습니다(Kubernetes 1.28 이전 서버는 어떤 사용자로 인증되었는지 알려 주지 못합니다)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authenticated as %1</source>
        <translation>인증된 사용자: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authenticated as %1 (groups: %2)</source>
        <translation>인증된 사용자: %1(그룹: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1; Kubernetes %2</source>
        <translation>%1; Kubernetes %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>authenticated as %1, but not allowed to %2: the cluster&apos;s RBAC rules grant this user nothing here; ask the cluster&apos;s administrator for a role binding</source>
        <translation>%1 사용자로 인증되었지만 다음 작업은 허용되지 않습니다: %2. 클러스터의 RBAC 규칙이 이 사용자에게 여기서 아무 권한도 부여하지 않습니다. 클러스터 관리자에게 역할 바인딩을 요청하세요</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server accepted the credentials but refuses every request (RBAC); ask the cluster&apos;s administrator for a role binding</source>
        <translation>서버가 자격 증명은 허용했지만 모든 요청을 거부합니다(RBAC). 클러스터 관리자에게 역할 바인딩을 요청하세요</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the API server answered HTTP %1 %2: it may be starting up or overloaded; try again later</source>
        <translation>API 서버가 HTTP %1 %2 응답을 보냈습니다: 서버가 시작 중이거나 과부하 상태일 수 있습니다. 나중에 다시 시도하세요</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not answer like a Kubernetes API server (HTTP %2 for %3): check the server address of cluster “%4”</source>
        <translation>%1의 응답이 Kubernetes API 서버의 응답과 다릅니다(%3에 대해 HTTP %2): 클러스터 “%4”의 서버 주소를 확인하세요</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1; the token was rejected as well</source>
        <translation>%1. 토큰도 거부되었습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server requires credentials and context “%1” has no user (anonymous access is off); %2</source>
        <translation>서버에 자격 증명이 필요한데 컨텍스트 “%1”에 사용자가 없습니다(익명 접근이 꺼져 있음). %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server requires credentials and user “%1” has none (anonymous access is off); %2</source>
        <translation>서버에 자격 증명이 필요한데 사용자 “%1”에 자격 증명이 없습니다(익명 접근이 꺼져 있음). %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the client certificate from the exec plugin “%1”</source>
        <translation>exec 플러그인 “%1”에서 받은 클라이언트 인증서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client certificate</source>
        <translation>클라이언트 인증서</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+35"/>
        <source>the server rejected %1: it expired on %2; %3</source>
        <translation>서버가 거부한 %1: %2에 만료되었습니다. %3</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>the server rejected %1: it is not valid until %2; check this computer&apos;s clock</source>
        <translation>서버가 거부한 %1: %2부터 유효합니다. 이 컴퓨터의 시계를 확인하세요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server rejected %1 although it is valid until %2: the server does not trust its issuer (%3), so the cluster&apos;s CA changed (reinstalled?); %4</source>
        <translation>서버가 거부한 %1: %2까지 유효하지만 서버가 그 발급자(%3)를 신뢰하지 않으므로 클러스터의 CA가 바뀌었습니다(재설치했나요?). %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the token</source>
        <translation>토큰</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the id-token of the “%1” auth provider</source>
        <translation>“%1” 인증 공급자의 id-token</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the token from the exec plugin “%1”</source>
        <translation>exec 플러그인 “%1”에서 받은 토큰</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the server rejected %1 (revoked, expired or issued for another cluster); %2</source>
        <translation>서버가 거부한 %1: 폐기되었거나, 만료되었거나, 다른 클러스터용으로 발급되었을 수 있습니다. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (through the proxy %1)</source>
        <translation> (프록시 %1 경유)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the proxy %1 cannot resolve %2: check the server address of cluster “%3”</source>
        <translation>프록시 %1에서 %2의 주소를 조회할 수 없습니다: 클러스터 “%3”의 서버 주소를 확인하세요</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot resolve %1: check the server address of cluster “%2”, and this computer&apos;s DNS or VPN</source>
        <translation>%1의 주소를 조회할 수 없습니다: 클러스터 “%2”의 서버 주소와 이 컴퓨터의 DNS 또는 VPN을 확인하세요</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 refused the connection%2: the API server is not running or listens on another port (K3s: systemctl status k3s)</source>
        <translation>%1%2에서 연결을 거부했습니다: API 서버가 실행 중이 아니거나 다른 포트에서 대기하고 있습니다(K3s: systemctl status k3s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot reach %1%2: %3; check the network, VPN or firewall</source>
        <translation>%1%2에 연결할 수 없습니다: %3. 네트워크, VPN 또는 방화벽을 확인하세요</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the proxy %1 could not connect to %2 (%3); check HTTPS_PROXY and NO_PROXY</source>
        <translation>프록시 %1에서 %2에 연결하지 못했습니다(%3). HTTPS_PROXY와 NO_PROXY를 확인하세요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the proxy %1 could not connect to %2 (%3); check the proxy-url of cluster “%4”</source>
        <translation>프록시 %1에서 %2에 연결하지 못했습니다(%3). 클러스터 “%4”의 proxy-url을 확인하세요</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no answer from %1%2 within %3 s (%4): the server is down or unreachable, or a firewall or VPN drops the traffic</source>
        <translation>%3초 안에 %1%2에서 응답이 없습니다(%4): 서버가 꺼져 있거나 연결할 수 없는 상태이거나, 방화벽 또는 VPN이 트래픽을 차단하고 있습니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 closed the connection %2: it may not be a Kubernetes API server, or something between cut the connection</source>
        <translation>%2에 %1에서 연결을 닫았습니다: Kubernetes API 서버가 아니거나, 중간의 무언가가 연결을 끊었을 수 있습니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 does not answer like a Kubernetes API server (%2): check the server address of cluster “%3”</source>
        <translation>%1의 응답이 Kubernetes API 서버의 응답과 다릅니다(%2): 클러스터 “%3”의 서버 주소를 확인하세요</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the server&apos;s certificate is issued by “%1”, which this computer does not trust: cluster “%2” names no CA; %3</source>
        <translation>이 컴퓨터는 서버 인증서의 발급자(“%1”)를 신뢰하지 않습니다: 클러스터 “%2”에 CA가 지정되어 있지 않습니다. %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the server&apos;s certificate is issued by “%1”, not by the kubeconfig&apos;s CA “%2”: the cluster&apos;s CA was rotated (reinstalled?) or %3 is a different cluster; %4</source>
        <translation>서버 인증서의 발급자는 kubeconfig의 CA(“%2”)가 아니라 “%1”입니다: 클러스터의 CA가 교체되었거나(재설치했나요?) %3 주소가 다른 클러스터를 가리킵니다. %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the cluster&apos;s CA “%1” expired on %2: the cluster&apos;s certificates must be rotated; then %3</source>
        <translation>클러스터의 CA(“%1”)가 %2에 만료되었습니다: 클러스터 인증서를 교체해야 합니다. 그런 다음 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the server&apos;s certificate expired on %1: the cluster must renew it (K3s renews it when k3s restarts; k3s certificate rotate forces it)</source>
        <translation>서버 인증서가 %1에 만료되었습니다: 클러스터에서 인증서를 갱신해야 합니다(K3s는 k3s가 다시 시작될 때 갱신하며, k3s certificate rotate로 강제 갱신할 수 있습니다)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server&apos;s certificate is not valid until %1: the clock of this computer or of the server is wrong</source>
        <translation>서버 인증서는 %1부터 유효합니다: 이 컴퓨터나 서버의 시계가 잘못되었습니다</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the server&apos;s certificate is valid for %1, not for “%2”, the tls-server-name of cluster “%3”: set tls-server-name to one of those names</source>
        <translation>서버 인증서는 %1에 대해 유효하며, 클러스터 “%3”의 tls-server-name인 “%2”에 대해서는 유효하지 않습니다: tls-server-name을 이 이름 중 하나로 설정하세요</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server&apos;s certificate is valid for %1, not for %2: the address is missing from the certificate (K3s: add --tls-san %2 on the server and restart k3s)</source>
        <translation>서버 인증서는 %1에 대해 유효하며 %2에 대해서는 유효하지 않습니다: 인증서에 이 주소가 없습니다(K3s: 서버에서 --tls-san %2 옵션을 추가하고 k3s를 다시 시작하세요)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the server&apos;s certificate is valid for %1, not for %2: the address is missing from the certificate (K3s: add --tls-san %2 on the server and restart k3s), or set tls-server-name: %3 in cluster “%4”</source>
        <translation>서버 인증서는 %1에 대해 유효하며 %2에 대해서는 유효하지 않습니다: 인증서에 이 주소가 없습니다(K3s: 서버에서 --tls-san %2 옵션을 추가하고 k3s를 다시 시작하세요). 또는 클러스터 “%4”에 tls-server-name: %3 항목을 설정하세요</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the TLS handshake with %1 failed: %2</source>
        <translation>%1 서버와의 TLS 핸드셰이크에 실패했습니다: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="+19"/>
        <source>Without a command, opens the Kubeminder window; with --minimized it starts in the system tray. A second launch shows the running one.</source>
        <translation>명령 없이 실행하면 Kubeminder 창을 엽니다. --minimized를 지정하면 시스템 트레이에서 시작합니다. 이미 실행 중일 때 다시 실행하면 실행 중인 창을 표시합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This build has no window: give a command.</source>
        <translation>이 빌드에는 창(GUI)이 없습니다. 명령을 지정하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
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
  settings  List, read or change the settings (thresholds, backups, notifications)
  demo      Write a demo set of kubeconfig files into a folder

Run “kubeminder COMMAND --help” for the options of a command.
</source>
        <translation>사용법: kubeminder [COMMAND] [OPTIONS]

%1

명령:
  check     모든 kubeconfig의 모든 컨텍스트와 자격 증명 만료일을 표시합니다
  probe     각 API 서버가 자격 증명을 받아들이는지, 거부한다면 그 이유를 확인합니다
  import    새 kubeconfig(예: K3s의 k3s.yaml)로 컨텍스트를 갱신하거나 추가합니다
  refresh   컨텍스트를 마지막으로 갱신한 가져오기를 다시 실행합니다
  backup    kubeconfig 파일을 백업하고 사본의 위치를 출력합니다
  backups   백업 목록을 최신순으로 표시합니다
  restore   백업을 원래 위치로 복원합니다
  use       컨텍스트를 kubectl의 현재 컨텍스트로 설정합니다(백업 포함)
  files     읽는 kubeconfig 파일 목록을 표시하고, 파일과 폴더를 추가하거나 제거합니다
  settings  설정(임계값, 백업, 알림)을 나열하고, 읽거나 바꿉니다
  demo      데모용 kubeconfig 파일 세트를 폴더에 생성합니다

명령별 옵션은 “kubeminder COMMAND --help”로 확인하세요.
</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Licence: %1. %2</source>
        <translation>라이선스: %1. %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kubeminder: unknown command “%1”.</source>
        <translation>kubeminder: 알 수 없는 명령 “%1”입니다.</translation>
    </message>
</context>
<context>
    <name>CommandSource</name>
    <message>
        <location filename="../../core/transfer/commandsource.cpp" line="+42"/>
        <source>“%1” is not a command source: write cmd:PROGRAM ARGUMENTS.</source>
        <translation>명령 원본이 아닙니다(입력값: “%1”). cmd:PROGRAM ARGUMENTS 형식으로 쓰세요.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The command in “%1” has a quote that is not closed.</source>
        <translation>“%1”의 명령에 닫히지 않은 따옴표가 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” names no command: write cmd:PROGRAM ARGUMENTS, e.g. cmd:kind get kubeconfig --name dev.</source>
        <translation>“%1”에 명령이 없습니다. cmd:PROGRAM ARGUMENTS 형식으로 쓰세요. 예: cmd:kind get kubeconfig --name dev</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>This MicroK8s node joined a cluster and is not its control plane: run microk8s config on a control-plane node.</source>
        <translation>이 MicroK8s 노드는 클러스터에 참여한 노드이며 컨트롤 플레인이 아닙니다. 컨트롤 플레인 노드에서 microk8s config를 실행하세요.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not installed here (not found on PATH), so “%2” cannot run.</source>
        <translation>이 컴퓨터에 %1 프로그램이 설치되어 있지 않아(PATH에 없음) 다음 명령을 실행할 수 없습니다: “%2”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” could not start: %2</source>
        <translation>다음 명령을 시작할 수 없습니다: “%1” (%2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“%1” printed more than %2 MiB: that is not a kubeconfig.</source>
        <translation>다음 명령의 출력이 %2MiB를 넘습니다. kubeconfig가 아닙니다: “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” did not finish within %2 seconds.</source>
        <translation>다음 명령이 %2초 안에 끝나지 않았습니다: “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” crashed.</source>
        <translation>다음 명령이 비정상 종료했습니다: “%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” failed (exit status %2).</source>
        <translation>다음 명령이 실패했습니다(종료 상태 %2): “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” failed (exit status %2): %3</source>
        <translation>다음 명령이 실패했습니다(종료 상태 %2): “%1”: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What “%1” printed is not a kubeconfig (%2).</source>
        <translation>다음 명령의 출력은 kubeconfig가 아닙니다(%2): “%1”</translation>
    </message>
</context>
<context>
    <name>ConnectionWatch</name>
    <message>
        <location filename="../../core/monitor/connectionwatch.cpp" line="+23"/>
        <source>The connection test interval “%1” in the settings is not a number of hours from 0 to %2; regular connection tests are off.</source>
        <translation>설정의 연결 테스트 간격(“%1”)이 0~%2시간 범위의 숫자가 아닙니다. 정기 연결 테스트가 꺼졌습니다.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The cluster of “%1” refuses its credentials</source>
        <translation>“%1”의 클러스터가 자격 증명을 거부합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server of “%1” is not the one its kubeconfig trusts</source>
        <translation>“%1”의 서버가 kubeconfig가 신뢰하는 서버가 아닙니다</translation>
    </message>
</context>
<context>
    <name>ContextCommands</name>
    <message>
        <location filename="../../app/cli/contextcommands.cpp" line="+23"/>
        <source>--kubeconfig</source>
        <translation>--kubeconfig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KUBECONFIG</source>
        <translation>KUBECONFIG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in folder</source>
        <translation>폴더 내</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ORIGIN</source>
        <translation>출처</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CONTEXTS</source>
        <translation>컨텍스트 수</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+47"/>
        <location line="+65"/>
        <source>FILE</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Added to Kubeminder (kubectl does not read these):</source>
        <translation>Kubeminder에 추가한 항목(kubectl은 읽지 않음):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (folder)</source>
        <translation> (폴더)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (missing)</source>
        <translation> (없음)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lists the kubeconfig files Kubeminder reads: kubectl&apos;s (KUBECONFIG or ~/.kube/config), then the files and folders added to Kubeminder. “files add PATH...” adds files or folders (every kubeconfig directly in a folder is read), “files remove PATH...” forgets them.</source>
        <translation>Kubeminder가 읽는 kubeconfig 파일 목록을 표시합니다. 먼저 kubectl이 읽는 파일(KUBECONFIG 또는 ~/.kube/config), 그다음 Kubeminder에 추가한 파일과 폴더 순입니다. “files add PATH...”는 파일이나 폴더를 추가하고(폴더는 바로 아래에 있는 모든 kubeconfig를 읽음), “files remove PATH...”는 추가한 항목을 목록에서 제거합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add or remove files or folders.</source>
        <translation>파일이나 폴더를 추가하거나 제거합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List only this file.</source>
        <translation>이 파일만 표시합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>kubeminder files: %1</source>
        <translation>kubeminder files: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown action “%1”: use add or remove.</source>
        <translation>알 수 없는 동작 “%1”입니다. add 또는 remove를 사용하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name at least one file or folder to %1.</source>
        <translation>files %1에 사용할 파일이나 폴더를 하나 이상 지정하세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 does not exist; nothing was added.</source>
        <translation>%1 경로가 존재하지 않습니다. 아무것도 추가하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is already added.</source>
        <translation>%1 항목은 이미 추가되어 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added the folder %1.</source>
        <translation>%1 폴더를 추가했습니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added %1.</source>
        <translation>%1 파일을 추가했습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not among the added files and folders; nothing was removed.</source>
        <translation>%1 항목은 추가한 파일 및 폴더 목록에 없습니다. 아무것도 제거하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed %1 (the file itself is untouched).</source>
        <translation>%1 항목을 목록에서 제거했습니다(파일 자체는 그대로 둡니다).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kubeminder files: could not save %1.</source>
        <translation>kubeminder files: %1 파일을 저장하지 못했습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Makes CONTEXT kubectl&apos;s current context, like “kubectl config use-context”, with a backup and a checked, atomic write.</source>
        <translation>CONTEXT를 kubectl의 현재 컨텍스트로 설정합니다. “kubectl config use-context”와 같지만, 먼저 백업하고 검증을 거친 원자적 쓰기로 저장합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The context to use.</source>
        <translation>사용할 컨텍스트입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kubeconfig file.</source>
        <translation>kubeconfig 파일입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>kubeminder use: %1</source>
        <translation>kubeminder use: %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>kubeminder use: name one context.</source>
        <translation>kubeminder use: 컨텍스트를 하나 지정하세요.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Switched to context “%1” (in %2).</source>
        <translation>“%1” 컨텍스트로 전환했습니다(%2).</translation>
    </message>
</context>
<context>
    <name>CredentialChecker</name>
    <message>
        <location filename="../../core/credentials/credentialchecker.cpp" line="+40"/>
        <source>%1 expired on %2 (%3); %4</source>
        <translation>%1: %2에 만료되었습니다(%3). %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 expires on %2 (%3); %4</source>
        <translation>%1: %2에 만료됩니다(%3). %4</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cluster “%1” sets both certificate-authority and certificate-authority-data, which kubectl refuses; keep one</source>
        <translation>클러스터 “%1”에 certificate-authority와 certificate-authority-data가 모두 설정되어 있어 kubectl이 거부합니다. 하나만 남기세요</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the CA of cluster “%1” is unreadable: %2</source>
        <translation>클러스터 “%1”의 CA를 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the CA of cluster “%1” is not valid until %2; check this computer&apos;s clock</source>
        <translation>클러스터 “%1”의 CA는 %2부터 유효합니다. 이 컴퓨터의 시계를 확인하세요</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the CA of cluster “%1”</source>
        <translation>클러스터 “%1”의 CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cluster&apos;s certificates must be rotated and a fresh kubeconfig fetched</source>
        <translation>클러스터 인증서를 교체하고 새 kubeconfig를 받아와야 합니다</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>get a fresh kubeconfig from the cluster</source>
        <translation>클러스터에서 새 kubeconfig를 받아오세요</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>client certificate is not valid until %1; check this computer&apos;s clock</source>
        <translation>클라이언트 인증서는 %1부터 유효합니다. 이 컴퓨터의 시계를 확인하세요</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the CA “%1” in the client certificate chain</source>
        <translation>클라이언트 인증서 체인의 CA “%1”</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is too large to inspect (%2 KiB; tokens are read up to %3 KiB): its expiry is unknown</source>
        <translation>%1: 너무 커서 검사할 수 없습니다(%2 KiB, 토큰은 최대 %3 KiB까지 읽습니다). 만료일을 알 수 없습니다</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has no expiry</source>
        <translation>%1에 만료일이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opaque %1: only the server knows when it expires</source>
        <translation>불투명 %1: 만료 시점은 서버만 알 수 있습니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>get a new token from the cluster&apos;s identity provider</source>
        <translation>클러스터의 ID 공급자에서 새 토큰을 받으세요</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>user “%1” sets both a token and a user name or password; kubectl refuses more than one authentication method: keep one</source>
        <translation>사용자 “%1”에 토큰과 사용자 이름 또는 비밀번호가 함께 설정되어 있습니다. kubectl은 인증 방법이 둘 이상이면 거부합니다: 하나만 남기세요</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>user “%1” sets both client-certificate and client-certificate-data, which kubectl refuses; keep one</source>
        <translation>사용자 “%1”에 client-certificate와 client-certificate-data가 모두 설정되어 있어 kubectl이 거부합니다. 하나만 남기세요</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user “%1” sets both client-key and client-key-data, which kubectl refuses; keep one</source>
        <translation>사용자 “%1”에 client-key와 client-key-data가 모두 설정되어 있어 kubectl이 거부합니다. 하나만 남기세요</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>user “%1” sets both an exec plugin and an auth-provider, which kubectl refuses; keep the exec plugin</source>
        <translation>사용자 “%1”에 exec 플러그인과 auth-provider가 모두 설정되어 있어 kubectl이 거부합니다. exec 플러그인만 남기세요</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the exec plugin of user “%1” names no command</source>
        <translation>사용자 “%1”의 exec 플러그인에 명령이 지정되어 있지 않습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the exec plugin of user “%1” has no apiVersion</source>
        <translation>사용자 “%1”의 exec 플러그인에 apiVersion이 없습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the exec plugin of user “%1” must set interactiveMode (Never, IfAvailable or Always) with apiVersion client.authentication.k8s.io/v1</source>
        <translation>apiVersion client.authentication.k8s.io/v1에서는 사용자 “%1”의 exec 플러그인에 interactiveMode(Never, IfAvailable 또는 Always)를 설정해야 합니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the exec plugin of user “%1” has an unknown interactiveMode “%2”; use Never, IfAvailable or Always</source>
        <translation>사용자 “%1”의 exec 플러그인에 알 수 없는 interactiveMode 값(“%2”)이 설정되어 있습니다. Never, IfAvailable 또는 Always를 사용하세요</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>user “%1” uses the gcp auth provider, which kubectl removed in 1.26; install gke-gcloud-auth-plugin and fetch the credentials again</source>
        <translation>“%1” 사용자는 gcp 인증 공급자를 사용하는데, kubectl은 1.26에서 이를 제거했습니다. gke-gcloud-auth-plugin을 설치하고 자격 증명을 다시 받아오세요</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user “%1” uses the azure auth provider, which kubectl removed in 1.26; use kubelogin (kubelogin convert-kubeconfig)</source>
        <translation>“%1” 사용자는 azure 인증 공급자를 사용하는데, kubectl은 1.26에서 이를 제거했습니다. kubelogin을 사용하세요(kubelogin convert-kubeconfig)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the token of user “%1” is empty</source>
        <translation>사용자 “%1”의 토큰이 비어 있습니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>issued by the “%1” auth provider</source>
        <translation>“%1” 인증 공급자가 발급합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>id-token</source>
        <translation>id-token</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the id-token is renewed with the refresh-token when it runs out</source>
        <translation>id-token이 만료되면 refresh-token으로 갱신됩니다</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the server falls back to the token, which is still usable</source>
        <translation>서버는 대신 토큰을 사용하며, 토큰은 아직 유효합니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>issued at run time by the exec plugin “%1” (not run by check)</source>
        <translation>실행 시 exec 플러그인 “%1”에서 발급됩니다(check에서는 실행하지 않음)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>user name and password: they do not expire by themselves</source>
        <translation>사용자 이름과 비밀번호: 저절로 만료되지 않습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no credentials: the server sees an anonymous client</source>
        <translation>자격 증명 없음: 서버는 익명 클라이언트로 인식합니다</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>no user: the server sees an anonymous client</source>
        <translation>사용자 없음: 서버는 익명 클라이언트로 인식합니다</translation>
    </message>
</context>
<context>
    <name>CredentialFile</name>
    <message>
        <location filename="../../core/support/credentialfile.cpp" line="+17"/>
        <source>%1 file %2 does not exist</source>
        <translation>%1 파일이 없습니다: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 file %2 is not a regular file (a folder, pipe or device); name the file itself</source>
        <translation>%1 파일로 지정한 %2 경로는 일반 파일이 아닙니다(폴더, 파이프 또는 장치). 파일 자체를 지정하세요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 file %2 is too large</source>
        <translation>%1 파일이 너무 큽니다: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read %1 file %2: %3</source>
        <translation>%1 파일 %2의 내용을 읽을 수 없습니다: %3</translation>
    </message>
</context>
<context>
    <name>CredentialKind</name>
    <message>
        <location filename="../../core/credentials/checkreport.cpp" line="+33"/>
        <source>certificate</source>
        <translation>인증서</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>token</source>
        <translation>토큰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exec plugin</source>
        <translation>exec 플러그인</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auth provider</source>
        <translation>인증 공급자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>CredentialRules</name>
    <message>
        <location filename="../../core/credentials/credentialrules.cpp" line="+48"/>
        <source>token file %1 is empty</source>
        <translation>토큰 파일이 비어 있습니다: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>client certificate</source>
        <translation>클라이언트 인증서</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>client key</source>
        <translation>클라이언트 키</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cluster CA</source>
        <translation>클러스터 CA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>token</source>
        <translation>토큰</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cluster “%1” has no server address</source>
        <translation>클러스터 “%1”에 서버 주소가 없습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cluster “%1” sets insecure-skip-tls-verify together with a CA, which kubectl refuses; remove one of them</source>
        <translation>클러스터 “%1”에 insecure-skip-tls-verify와 CA가 함께 설정되어 있어 kubectl이 거부합니다. 둘 중 하나를 제거하세요</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>context “%1” names no cluster</source>
        <translation>컨텍스트 “%1”에 클러스터가 지정되어 있지 않습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>context “%1” names cluster “%2”, which no loaded kubeconfig defines</source>
        <translation>컨텍스트 “%1”에 지정된 “%2” 클러스터가 불러온 kubeconfig 어디에도 정의되어 있지 않습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>context “%1” names user “%2”, which no loaded kubeconfig defines</source>
        <translation>컨텍스트 “%1”에 지정된 “%2” 사용자가 불러온 kubeconfig 어디에도 정의되어 있지 않습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user “%1” has a client key but no client certificate</source>
        <translation>사용자 “%1”에 클라이언트 키는 있지만 클라이언트 인증서가 없습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user “%1” has a client certificate but no client key</source>
        <translation>사용자 “%1”에 클라이언트 인증서는 있지만 클라이언트 키가 없습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the client certificate of user “%1” is unreadable: %2</source>
        <translation>사용자 “%1”의 클라이언트 인증서를 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the client key of user “%1” is unusable: %2</source>
        <translation>사용자 “%1”의 클라이언트 키를 사용할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the client key of user “%1” does not belong to its certificate; import certificate and key together</source>
        <translation>사용자 “%1”의 클라이언트 키가 해당 인증서와 짝이 맞지 않습니다. 인증서와 키를 함께 가져오세요</translation>
    </message>
</context>
<context>
    <name>CurrentContextWriter</name>
    <message>
        <location filename="../../core/storage/currentcontextwriter.cpp" line="+20"/>
        <source>%1 Fix it first: kubectl reads none of its files while one is broken.</source>
        <translation>%1 먼저 이 문제를 해결하세요: 파일 중 하나라도 손상되어 있으면 kubectl은 어떤 파일도 읽지 않습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kubectl&apos;s kubeconfig files (%1) define no context “%2”; a context from a file you added to Kubeminder becomes usable by kubectl once that file is in KUBECONFIG.</source>
        <translation>kubectl의 kubeconfig 파일(%1)에는 “%2” 컨텍스트가 정의되어 있지 않습니다. Kubeminder에 추가한 파일의 컨텍스트는 그 파일이 KUBECONFIG에 포함되어야 kubectl에서 사용할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not among the loaded files.</source>
        <translation>불러온 파일 중에 %1 파일이 없습니다.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../../app/cli/democommand.cpp" line="+14"/>
        <source>Writes a demo set of kubeconfig files whose credentials expire at varied dates, for trying Kubeminder without touching your own.</source>
        <translation>자격 증명 만료일이 제각각인 데모용 kubeconfig 파일 세트를 생성합니다. 내 kubeconfig 파일을 건드리지 않고 Kubeminder를 사용해 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder to write the files into (created if needed).</source>
        <translation>파일을 생성할 폴더입니다(필요하면 새로 만듭니다).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>kubeminder demo: name one folder, for example: kubeminder demo /tmp/kubeminder-demo</source>
        <translation>kubeminder demo: 폴더를 하나 지정하세요. 예: kubeminder demo /tmp/kubeminder-demo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kubeminder demo: %1</source>
        <translation>kubeminder demo: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try it: KUBECONFIG=%1 kubeminder check</source>
        <translation>사용해 보기: KUBECONFIG=%1 kubeminder check</translation>
    </message>
</context>
<context>
    <name>DemoSet</name>
    <message>
        <location filename="../../core/demo/demoset.cpp" line="+85"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot create the folder %1</source>
        <translation>폴더를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 already exists; the demo set is only written into a folder without “config” and “team.yaml”. Choose a new folder, for example /tmp/kubeminder-demo.</source>
        <translation>%1 파일이 이미 있습니다. 데모 세트는 “config”와 “team.yaml”이 없는 폴더에만 기록됩니다. 새 폴더를 선택하세요(예: /tmp/kubeminder-demo).</translation>
    </message>
</context>
<context>
    <name>DistributionRules</name>
    <message>
        <location filename="../../core/credentials/distribution.cpp" line="+74"/>
        <source>K3s renews its client certificates when it starts within 120 days of their expiry: restart it (sudo systemctl restart k3s), then refresh from /etc/rancher/k3s/k3s.yaml.</source>
        <translation>K3s는 만료 전 120일 이내에 시작될 때 클라이언트 인증서를 갱신합니다. 다시 시작한 다음(sudo systemctl restart k3s) /etc/rancher/k3s/k3s.yaml에서 갱신하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RKE2 renews its client certificates when it starts within 120 days of their expiry: restart it (sudo systemctl restart rke2-server), then refresh from /etc/rancher/rke2/rke2.yaml.</source>
        <translation>RKE2는 만료 전 120일 이내에 시작될 때 클라이언트 인증서를 갱신합니다. 다시 시작한 다음(sudo systemctl restart rke2-server) /etc/rancher/rke2/rke2.yaml에서 갱신하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is kubeadm&apos;s break-glass super-admin.conf (system:masters, beyond RBAC): renew admin.conf instead (sudo kubeadm certs renew admin.conf on a control-plane node) and refresh from /etc/kubernetes/admin.conf.</source>
        <translation>kubeadm의 비상용 super-admin.conf입니다(system:masters, RBAC로 제한되지 않음). 대신 admin.conf를 갱신하고(컨트롤 플레인 노드에서 sudo kubeadm certs renew admin.conf) /etc/kubernetes/admin.conf에서 갱신하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kubeadm renews admin.conf only when asked: sudo kubeadm certs renew admin.conf on a control-plane node, then refresh from /etc/kubernetes/admin.conf.</source>
        <translation>kubeadm은 요청할 때만 admin.conf를 갱신합니다. 컨트롤 플레인 노드에서 sudo kubeadm certs renew admin.conf를 실행한 다음 /etc/kubernetes/admin.conf에서 갱신하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kind clusters are renewed by kubeadm inside the control-plane container: docker exec &lt;cluster&gt;-control-plane kubeadm certs renew admin.conf, then refresh from kind get kubeconfig --name &lt;cluster&gt;.</source>
        <translation>kind 클러스터는 컨트롤 플레인 컨테이너 안의 kubeadm이 갱신합니다. docker exec &lt;cluster&gt;-control-plane kubeadm certs renew admin.conf를 실행한 다음 kind get kubeconfig --name &lt;cluster&gt;에서 갱신하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MicroK8s renews its certificates with sudo microk8s refresh-certs on the node; then refresh from microk8s config.</source>
        <translation>MicroK8s는 노드에서 sudo microk8s refresh-certs로 인증서를 갱신합니다. 그런 다음 microk8s config에서 갱신하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>minikube regenerates expired certificates when the cluster starts (minikube start); its kubeconfig names them by path, so nothing needs importing.</source>
        <translation>minikube는 클러스터가 시작될 때(minikube start) 만료된 인증서를 다시 만듭니다. kubeconfig가 인증서를 경로로 가리키므로 가져올 것이 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh from sudo k0s kubeconfig admin on a controller.</source>
        <translation>컨트롤러에서 sudo k0s kubeconfig admin으로 갱신하세요.</translation>
    </message>
</context>
<context>
    <name>ExecCredentialRunner</name>
    <message>
        <location filename="../../core/probe/execcredentialrunner.cpp" line="+75"/>
        <source>The “env” of the exec section of user “%1” in %2 must be a list of name and value pairs.</source>
        <translation>%2에 있는 사용자 “%1”의 exec 섹션의 “env”는 이름과 값 쌍의 목록이어야 합니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The credential plugin of user “%1” needs the cluster&apos;s details (provideClusterInfo), but no cluster was given.</source>
        <translation>사용자 “%1”의 자격 증명 플러그인에 클러스터 정보가 필요하지만(provideClusterInfo) 클러스터가 지정되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The credential plugin of user “%1” needs the details of cluster “%2” (provideClusterInfo), but no kubeconfig defines that cluster.</source>
        <translation>사용자 “%1”의 자격 증명 플러그인에 클러스터 “%2”의 정보가 필요하지만(provideClusterInfo) 이 클러스터를 정의하는 kubeconfig가 없습니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot read the certificate authority %1 of cluster “%2” to give to the credential plugin of user “%3”.</source>
        <translation>사용자 “%3”의 자격 증명 플러그인에 전달할 클러스터 “%2”의 CA(인증 기관) 파일 %1의 내용을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>The credential plugin %1 printed an ExecCredential whose “status.%2” is not a string.</source>
        <translation>%1 자격 증명 플러그인이 출력한 ExecCredential의 “status.%2” 값이 문자열이 아닙니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The credential plugin %1 printed nothing. An exec plugin must print an ExecCredential (JSON) on its standard output.</source>
        <translation>%1 자격 증명 플러그인이 아무것도 출력하지 않았습니다. exec 플러그인은 표준 출력에 ExecCredential(JSON)을 출력해야 합니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The credential plugin %1 did not print valid JSON (%2 at byte %3).</source>
        <translation>%1 자격 증명 플러그인이 올바른 JSON을 출력하지 않았습니다(바이트 %3에서 %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The credential plugin %1 did not print a JSON object.</source>
        <translation>%1 자격 증명 플러그인이 JSON 객체를 출력하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The credential plugin %1 printed JSON without “apiVersion” and “kind”: it is not an ExecCredential.</source>
        <translation>%1 자격 증명 플러그인이 “apiVersion”과 “kind”가 없는 JSON을 출력했습니다: ExecCredential이 아닙니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The credential plugin %1 printed an ExecCredential of version “%2”, but the kubeconfig asks for “%3”. Set the exec apiVersion to what the plugin supports.</source>
        <translation>%1 자격 증명 플러그인이 “%2” 버전의 ExecCredential을 출력했지만 kubeconfig는 “%3” 버전을 요구합니다. exec apiVersion을 플러그인이 지원하는 버전으로 설정하세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The credential plugin %1 printed a “%2”, not an ExecCredential.</source>
        <translation>%1 자격 증명 플러그인이 ExecCredential이 아닌 “%2” 객체를 출력했습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The credential plugin %1 printed an ExecCredential without a status.</source>
        <translation>%1 자격 증명 플러그인이 status가 없는 ExecCredential을 출력했습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The credential plugin %1 returned neither a token nor a client certificate and key.</source>
        <translation>%1 자격 증명 플러그인이 토큰도, 클라이언트 인증서와 키도 반환하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The credential plugin %1 returned a client certificate or key, but not both.</source>
        <translation>%1 자격 증명 플러그인이 클라이언트 인증서와 키 중 하나만 반환했습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The credential plugin %1 returned an expirationTimestamp that is not an RFC 3339 time (like 2026-06-15T12:00:00Z).</source>
        <translation>%1 자격 증명 플러그인이 RFC 3339 시간 형식(예: 2026-06-15T12:00:00Z)이 아닌 expirationTimestamp를 반환했습니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The credential plugin %1 returned a client certificate that cannot be read: %2</source>
        <translation>%1 자격 증명 플러그인이 읽을 수 없는 클라이언트 인증서를 반환했습니다: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The credential plugin %1 returned a client key that cannot be read: %2</source>
        <translation>%1 자격 증명 플러그인이 읽을 수 없는 클라이언트 키를 반환했습니다: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The credential plugin %1 returned a client key that does not belong to its certificate.</source>
        <translation>%1 자격 증명 플러그인이 반환한 클라이언트 키가 해당 인증서와 짝이 맞지 않습니다.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>User “%1” has no credential plugin (exec section).</source>
        <translation>사용자 “%1”에 자격 증명 플러그인(exec 섹션)이 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exec section of user “%1” names no command.</source>
        <translation>사용자 “%1”의 exec 섹션에 명령이 지정되어 있지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The credential plugin of user “%1” uses apiVersion “%2”, which kubectl no longer runs. Use %3 or %4.</source>
        <translation>사용자 “%1”의 자격 증명 플러그인이 “%2” apiVersion을 사용하는데, kubectl은 더 이상 이 버전을 실행하지 않습니다. %3 또는 %4 버전을 사용하세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The credential plugin of user “%1” does not set interactiveMode, which %2 requires; kubectl refuses it too. Set it to Never or IfAvailable.</source>
        <translation>사용자 “%1”의 자격 증명 플러그인에 %2에서 필수인 interactiveMode가 설정되어 있지 않습니다. kubectl도 이를 거부합니다. Never 또는 IfAvailable로 설정하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The credential plugin of user “%1” needs a terminal (interactiveMode: Always), so it cannot run in the background. Run a kubectl command in a terminal to refresh its credentials.</source>
        <translation>사용자 “%1”의 자격 증명 플러그인은 터미널이 필요하므로(interactiveMode: Always) 백그라운드에서 실행할 수 없습니다. 터미널에서 kubectl 명령을 실행해 자격 증명을 갱신하세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The credential plugin of user “%1” has an unknown interactiveMode “%2”; kubectl accepts Never, IfAvailable or Always.</source>
        <translation>사용자 “%1”의 자격 증명 플러그인에 알 수 없는 interactiveMode 값(“%2”)이 설정되어 있습니다. kubectl은 Never, IfAvailable, Always만 허용합니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” of user “%2”</source>
        <translation>사용자 “%2”의 “%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The credential plugin %1 was not found. Install it, or correct the command in the user&apos;s exec section in %2.</source>
        <translation>%1 자격 증명 플러그인을 찾을 수 없습니다. 플러그인을 설치하거나, %2에 있는 해당 사용자의 exec 섹션에서 명령을 수정하세요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The credential plugin %1 is not executable. Check its permissions.</source>
        <translation>%1 자격 증명 플러그인에 실행 권한이 없습니다. 권한을 확인하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credential plugin %1 (%2) is not executable. Check its permissions.</source>
        <translation>%1 자격 증명 플러그인(%2)에 실행 권한이 없습니다. 권한을 확인하세요.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The credential plugin %1 could not be started: %2</source>
        <translation>%1 자격 증명 플러그인을 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The credential plugin %1 did not finish within %2 seconds and was stopped. It may be waiting for a login in a browser or a terminal: run a kubectl command once to sign in, then try again.</source>
        <translation>%1 자격 증명 플러그인이 %2초 안에 끝나지 않아 중지했습니다. 브라우저나 터미널에서 로그인을 기다리고 있을 수 있습니다: kubectl 명령을 한 번 실행해 로그인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The credential plugin %1 printed more than %2 KiB, too much for an ExecCredential; it was stopped.</source>
        <translation>%1 자격 증명 플러그인의 출력이 %2 KiB를 넘어 ExecCredential로는 너무 크므로 중지했습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The credential plugin %1 crashed.</source>
        <translation>%1 자격 증명 플러그인이 비정상 종료되었습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credential plugin %1 failed with exit code %2.</source>
        <translation>%1 자격 증명 플러그인이 실패했습니다(종료 코드 %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It said: %1</source>
        <translation>플러그인 출력: %1</translation>
    </message>
</context>
<context>
    <name>ExpiryMonitor</name>
    <message>
        <location filename="../../core/monitor/expirymonitor.cpp" line="+153"/>
        <source>%1: %2 expires in %3</source>
        <translation>%1: %2 만료까지 %3 남음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 expired %3 ago</source>
        <translation>%1: %2 %3 전에 만료됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 has expired</source>
        <translation>%1: %2 만료됨</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It stops working on %1. Refresh the credentials of “%2” (in %3) before then.</source>
        <translation>%1에 사용할 수 없게 됩니다. 그 전에 “%2”(파일: %3)의 자격 증명을 갱신하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It stopped working on %1. Refresh the credentials of “%2” (in %3) to use it again.</source>
        <translation>%1부터 사용할 수 없습니다. 다시 사용하려면 “%2”(파일: %3)의 자격 증명을 갱신하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 credential needs attention</source>
        <translation>자격 증명 1개를 확인해야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 credentials need attention</source>
        <translation>자격 증명 %1개를 확인해야 합니다</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 expired</source>
        <translation>만료됨 %1개</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 expiring within 1 day</source>
        <translation>1일 이내 만료 %1개</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 expiring within %2 days</source>
        <translation>%2일 이내 만료 %1개</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 and %2 more</source>
        <translation>%1 외 %2개</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../../app/cli/importcommand.cpp" line="+113"/>
        <source>Without a terminal to ask on, check the fingerprint and run again with --accept-new-host-key.</source>
        <translation>확인을 요청할 터미널이 없습니다. 지문을 확인한 뒤 --accept-new-host-key를 붙여 다시 실행하세요.</translation>
    </message>
    <message>
        <location line="+262"/>
        <location line="+98"/>
        <source>Import even an expired, older, not yet valid or mismatched certificate.</source>
        <translation>만료되었거나 더 오래되었거나 아직 유효하지 않거나 일치하지 않는 인증서도 가져옵니다.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>kubeminder import: %1</source>
        <translation>kubeminder import: %1</translation>
    </message>
    <message>
        <location line="-288"/>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Would:</source>
        <translation>변경 예정:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes:</source>
        <translation>변경 사항:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept as it is:</source>
        <translation>그대로 유지:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>And, as allowed with --allow-exec:</source>
        <translation>그리고 --allow-exec로 허용한 다음 항목:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>And more than credentials, which needs --allow-exec:</source>
        <translation>그리고 자격 증명 외의 항목(--allow-exec 필요):</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>note: %1</source>
        <translation>참고: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing was imported: the source asks for more than credentials (listed above). Check each line; if you trust them, run again with --allow-exec.</source>
        <translation>아무것도 가져오지 않았습니다: 원본이 자격 증명 외의 항목을 요구합니다(위 목록 참고). 각 줄을 확인하고, 신뢰할 수 있으면 --allow-exec를 붙여 다시 실행하세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrote %1</source>
        <translation>저장했습니다: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (backup: %1)</source>
        <translation> (백업: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was readable by other users; it is now readable by you only.</source>
        <translation>%1 파일은 다른 사용자도 읽을 수 있는 상태였으므로, 이제 본인만 읽을 수 있도록 변경했습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not in the kubeconfig after the import.</source>
        <translation>가져오기 후 kubeconfig에 “%1” 컨텍스트가 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, expires %1 (%2)</source>
        <translation>, 만료일 %1 (%2)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1: would be refreshed, expires %2 → %3 (%4)</source>
        <translation>%1: 갱신 예정, 만료 %2 → %3 (%4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: refreshed, expires %2 → %3 (%4)</source>
        <translation>%1: 갱신됨, 만료 %2 → %3 (%4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: unchanged, expires %2 (%3)</source>
        <translation>%1: 변경 없음, 만료 %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: needs you, for %2. Run: kubeminder refresh %1</source>
        <translation>%1: 직접 확인 필요(%2). 실행: kubeminder refresh %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: failed (%2)</source>
        <translation>%1: 실패 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Nothing is due: no context with a remembered source runs out within %n day(s).</source>
        <translation>
            <numerusform>갱신할 대상이 없습니다: 원본이 기억된 컨텍스트 중 %n일 안에 만료되는 것이 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due, but no source is remembered (import each once): %1</source>
        <translation>갱신 대상이지만 기억된 원본이 없음(각각 한 번 가져오세요): %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imports a fresh kubeconfig (for K3s, /etc/rancher/k3s/k3s.yaml; “-” reads standard input) as context NAME. If NAME exists, its certificate, key or token and its cluster CA are replaced in the files that hold them and everything else is kept; otherwise NAME is added. Every file written is backed up first.</source>
        <translation>새 kubeconfig(K3s라면 /etc/rancher/k3s/k3s.yaml, “-”는 표준 입력)를 컨텍스트 NAME으로 가져옵니다. NAME이 이미 있으면 그 인증서, 키 또는 토큰과 클러스터 CA를 해당 항목이 들어 있는 파일에서 교체하고 나머지는 모두 유지합니다. 없으면 NAME을 새로 추가합니다. 기록하는 모든 파일은 먼저 백업합니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+106"/>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>The context to refresh or create.</source>
        <translation>갱신하거나 새로 만들 컨텍스트입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kubeconfig to import into (default: as kubectl).</source>
        <translation>가져온 내용을 기록할 kubeconfig입니다(기본값: kubectl과 동일).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <location line="+3"/>
        <location line="+84"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>The source&apos;s context to take (default: its current one).</source>
        <translation>가져올 원본의 컨텍스트입니다(기본값: 원본의 현재 컨텍스트).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SRC_CONTEXT</source>
        <translation>SRC_CONTEXT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this API server URL.</source>
        <translation>이 API 서버 URL을 사용합니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namespace for a new context.</source>
        <translation>새 컨텍스트의 네임스페이스입니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NS</source>
        <translation>NS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make NAME the current context.</source>
        <translation>NAME을 현재 컨텍스트로 설정합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+98"/>
        <source>Show what would change; write nothing.</source>
        <translation>변경될 내용만 표시하고 아무것도 기록하지 않습니다.</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Also write what is more than a credential from a local file (an exec plugin, an auth provider, impersonation, files it names, which are embedded), or a change of a user&apos;s kind of credential. Each is listed first. Never opens a source fetched over SSH or read from a pipe.</source>
        <translation>로컬 파일에서 가져올 때 자격 증명 외의 항목(exec 플러그인, 인증 공급자, 가장(impersonation), 원본이 참조하는 파일(내용이 포함됨))이나 사용자의 자격 증명 종류 변경도 기록합니다. 각 항목은 먼저 표시됩니다. SSH로 가져오거나 파이프로 읽은 원본에는 허용되지 않습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH: a private key file to try.</source>
        <translation>SSH: 시도할 개인 키 파일입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH: the known_hosts file (default ~/.ssh/known_hosts).</source>
        <translation>SSH: known_hosts 파일입니다(기본값 ~/.ssh/known_hosts).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SSH: trust and record an unknown host key without asking.</source>
        <translation>SSH: 알 수 없는 호스트 키를 묻지 않고 신뢰하여 기록합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SSH: use sudo to read the file: auto (when needed), never or always.</source>
        <translation>SSH: 파일을 읽을 때 sudo 사용 여부: auto(필요할 때), never 또는 always.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+85"/>
        <source>SSH: read the sudo password from the first line of standard input.</source>
        <translation>SSH: 표준 입력의 첫 줄에서 sudo 비밀번호를 읽습니다.</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>SSH: the kind of server: k3s (default), rke2, kubeadm, microk8s, k0s.</source>
        <translation>SSH: 서버 종류: k3s(기본값), rke2, kubeadm, microk8s, k0s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH: give up after this many seconds.</source>
        <translation>SSH: SECONDS초가 지나면 중단합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>name one source, for example: kubeminder import ./k3s.yaml --name homelab</source>
        <translation>가져올 원본을 하나 지정하세요. 예: kubeminder import ./k3s.yaml --name homelab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--name NAME is required: the context to refresh or create.</source>
        <translation>--name NAME을 지정해야 합니다. 갱신하거나 새로 만들 컨텍스트입니다.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--sudo takes auto, never or always, not “%1”.</source>
        <translation>--sudo에는 auto, never, always 중 하나를 지정해야 합니다(입력값: “%1”).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--preset takes k3s, rke2, kubeadm, microk8s or k0s, not “%1”.</source>
        <translation>--preset에는 k3s, rke2, kubeadm, microk8s, k0s 중 하나를 지정해야 합니다(입력값: “%1”).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--timeout takes a number of seconds from 1 to 3600, not “%1”.</source>
        <translation>--timeout에는 1에서 3600 사이의 초를 지정해야 합니다(입력값: “%1”).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>standard input cannot carry both the kubeconfig and the sudo password.</source>
        <translation>표준 입력으로 kubeconfig와 sudo 비밀번호를 함께 전달할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1 applies to ssh:// sources only.</source>
        <translation>--%1 옵션은 ssh:// 원본에만 적용됩니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Repeats the import that created or last refreshed CONTEXT.</source>
        <translation>CONTEXT를 만들었거나 마지막으로 갱신한 가져오기를 다시 실행합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The context to refresh.</source>
        <translation>갱신할 컨텍스트입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kubeconfig (default: as kubectl).</source>
        <translation>대상 kubeconfig입니다(기본값: kubectl과 동일).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also write what is more than a credential, as import --allow-exec does; each is listed first.</source>
        <translation>import --allow-exec와 마찬가지로 자격 증명 외의 항목도 기록합니다. 각 항목은 먼저 표시됩니다.</translation>
    </message>
    <message>
        <location line="-245"/>
        <location line="+260"/>
        <source>kubeminder refresh: %1</source>
        <translation>kubeminder refresh: %1</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>The fresh kubeconfig file, - for standard input, ssh://[USER@]HOST[:PORT][/PATH], or cmd:COMMAND ARGS (e.g. cmd:kind get kubeconfig --name dev).</source>
        <translation>새 kubeconfig 파일, 표준 입력은 -, ssh://[USER@]HOST[:PORT][/PATH], 또는 cmd:COMMAND ARGS(예: cmd:kind get kubeconfig --name dev).</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Refresh, without asking anything, every context with a remembered source whose credential runs out within the warning threshold (or --within).</source>
        <translation>원본이 기억된 컨텍스트 중 자격 증명이 경고 기준(또는 --within) 안에 만료되는 모든 컨텍스트를 아무것도 묻지 않고 갱신합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --due: the contexts that run out within DAYS.</source>
        <translation>--due와 함께: DAYS일 안에 만료되는 컨텍스트.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --due: text (default) or json.</source>
        <translation>--due와 함께: text(기본값) 또는 json.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--due refreshes every context that is due; name no context with it.</source>
        <translation>--due는 갱신할 때가 된 모든 컨텍스트를 갱신합니다. 컨텍스트 이름을 함께 지정하지 마세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 does not go with --due, which asks and forces nothing.</source>
        <translation>--%1 옵션은 --due와 함께 쓸 수 없습니다. --due는 아무것도 묻거나 강제하지 않습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--within takes a number of days from 0 to 3650, not “%1”.</source>
        <translation>--within에는 0에서 3650 사이의 일수를 지정해야 합니다(입력값: “%1”).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>-o takes text or json, not “%1”.</source>
        <translation>-o에는 text 또는 json을 지정해야 합니다(입력값: “%1”).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1 goes with --due.</source>
        <translation>--%1 옵션은 --due와 함께 써야 합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name one context.</source>
        <translation>컨텍스트를 하나 지정하세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no remembered source for “%1”. Import it once with: kubeminder import SOURCE --name %1</source>
        <translation>“%1”에 대해 기억해 둔 가져오기 원본이 없습니다. 다음 명령으로 한 번 가져오세요: kubeminder import SOURCE --name %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Refreshing “%1” from %2</source>
        <translation>%2에서 “%1” 갱신 중</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../core/transfer/importjob.cpp" line="+102"/>
        <source>standard input</source>
        <translation>표준 입력</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nothing can answer the questions of an SSH connection here.</source>
        <translation>여기에서는 SSH 연결의 질문에 답할 수 있는 수단이 없습니다.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The kubeconfig on standard input is too large.</source>
        <translation>표준 입력으로 받은 kubeconfig가 너무 큽니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is too large to be a kubeconfig.</source>
        <translation>%1 파일은 kubeconfig로 보기에는 너무 큽니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The kubeconfig read from %1 is too large.</source>
        <translation>%1에서 읽은 kubeconfig가 너무 큽니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not exist.</source>
        <translation>%1 파일이 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder; name the kubeconfig file in it.</source>
        <translation>%1 경로는 폴더입니다. 그 안의 kubeconfig 파일을 지정하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not readable by you (K3s writes its kubeconfig for root only). Pipe it in instead: sudo cat %1 | kubeminder import - --name NAME, or start K3s with --write-kubeconfig-mode 0640 and a group you are in.</source>
        <translation>%1 파일을 읽을 권한이 없습니다(K3s는 kubeconfig를 root만 읽을 수 있게 기록합니다). 대신 파이프로 전달하세요: sudo cat %1 | kubeminder import - --name NAME, 또는 K3s를 --write-kubeconfig-mode 0640 및 본인이 속한 그룹으로 시작하세요.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <location filename="../../core/transfer/importsourceregistry.cpp" line="+59"/>
        <source>from %1 over SSH</source>
        <translation>SSH로 %1에서</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from “%1”</source>
        <translation>“%1”에서</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1</source>
        <translation>%1에서</translation>
    </message>
</context>
<context>
    <name>InteractionHandler</name>
    <message>
        <location filename="../../core/transfer/interactionhandler.cpp" line="+13"/>
        <source>Password for %1@%2:</source>
        <translation>%1@%2의 비밀번호:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1@%2 asks: %3</source>
        <translation>%1@%2의 질문: %3</translation>
    </message>
</context>
<context>
    <name>KubeconfigDiff</name>
    <message>
        <location filename="../../core/kubeconfig/kubeconfigdiff.cpp" line="+35"/>
        <source>(hidden)</source>
        <translation>(숨김)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source> (now)</source>
        <translation> (현재)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (after the change)</source>
        <translation> (변경 후)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>… and %n more lines
</source>
        <translation>
            <numerusform>… 외 %n줄 더
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KubeconfigDocument</name>
    <message>
        <location filename="../../core/kubeconfig/kubeconfigdocument.cpp" line="+64"/>
        <source>“%1” must be a single value</source>
        <translation>“%1” 항목은 단일 값이어야 합니다</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” must be true or false</source>
        <translation>“%1” 항목은 true 또는 false여야 합니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” must be a mapping</source>
        <translation>“%1” 항목은 매핑이어야 합니다</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” of “%2” is not valid base64</source>
        <translation>“%2”의 “%1” 값이 올바른 base64가 아닙니다</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+20"/>
        <source>“%1” must be a list</source>
        <translation>“%1” 항목은 목록이어야 합니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>every item of “%1” must be a mapping with a name</source>
        <translation>“%1”의 모든 항목은 이름(name)이 있는 매핑이어야 합니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the name “%1” is used twice in “%2”</source>
        <translation>“%2”에서 “%1” 이름이 두 번 사용되었습니다</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 is a loop of symbolic links that never reaches a file. Point it at a real file.</source>
        <translation>%1 경로는 파일에 도달하지 못하고 순환하는 심볼릭 링크입니다. 실제 파일을 가리키도록 하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <source>%1 does not exist.</source>
        <translation>%1 파일이 없습니다.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 is a folder, not a kubeconfig file.</source>
        <translation>%1 경로는 kubeconfig 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is too large to be a kubeconfig (%2 MiB; the limit is %3 MiB).</source>
        <translation>%1 파일은 kubeconfig로 보기에는 너무 큽니다(%2 MiB, 한도는 %3 MiB).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot read %1: %2. Check the file&apos;s permissions.</source>
        <translation>%1 파일을 읽을 수 없습니다: %2. 파일 권한을 확인하세요.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 is too large to be a kubeconfig (the limit is %2 MiB).</source>
        <translation>%1 파일은 kubeconfig로 보기에는 너무 큽니다(한도는 %2 MiB).</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 is not a regular file (a pipe, socket or device). Kubeminder reads kubeconfig files only: save the kubeconfig to a file, or import it.</source>
        <translation>%1 경로는 일반 파일이 아닙니다(파이프, 소켓 또는 장치). Kubeminder는 kubeconfig 파일만 읽습니다. kubeconfig를 파일로 저장하거나 가져오기로 들여오세요.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is not a kubeconfig: it contains binary data (NUL bytes).</source>
        <translation>%1 파일은 kubeconfig가 아닙니다: 바이너리 데이터(NUL 바이트)가 들어 있습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a kubeconfig: line %2 is not UTF-8 text. Save the file as UTF-8.</source>
        <translation>%1 파일은 kubeconfig가 아닙니다. %2번째 줄이 UTF-8 텍스트가 아닙니다. 파일을 UTF-8로 저장하세요.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is not a usable kubeconfig: it has more than %2 YAML values, far more than any kubeconfig needs.</source>
        <translation>%1 파일은 사용할 수 있는 kubeconfig가 아닙니다. YAML 값이 %2개를 넘어, 어떤 kubeconfig에 필요한 것보다 훨씬 많습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a usable kubeconfig: its YAML aliases repeat too much (more than %2 MiB once expanded; line %3, column %4), as “billion laughs” attacks do.</source>
        <translation>%1 파일은 사용할 수 있는 kubeconfig가 아닙니다. YAML 별칭(alias)이 지나치게 반복됩니다(펼치면 %2 MiB 초과, %3번째 줄 %4번째 열). “billion laughs” 공격과 같은 형태입니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a usable kubeconfig: a YAML alias refers to the value that contains it, which never ends when expanded (line %2, column %3).</source>
        <translation>%1 파일은 사용할 수 있는 kubeconfig가 아닙니다. YAML 별칭(alias)이 자신을 포함하는 값을 가리켜 펼치면 끝나지 않습니다(%2번째 줄 %3번째 열).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a usable kubeconfig: its YAML is nested too deeply (line %2, column %3).</source>
        <translation>%1 파일은 사용할 수 있는 kubeconfig가 아닙니다. YAML이 너무 깊이 중첩되어 있습니다(%2번째 줄 %3번째 열).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not valid YAML: %2 (line %3, column %4).</source>
        <translation>%1 파일은 올바른 YAML이 아닙니다: %2 (%3행, %4열).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 is not a kubeconfig: the top level must be a mapping (apiVersion, clusters, users, contexts).</source>
        <translation>%1 파일은 kubeconfig가 아닙니다: 최상위 수준은 매핑(apiVersion, clusters, users, contexts)이어야 합니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+84"/>
        <source>%1 is not a valid kubeconfig: %2 (line %3, column %4).</source>
        <translation>%1 파일은 올바른 kubeconfig가 아닙니다: %2 (%3행, %4열).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a valid kubeconfig: %2.</source>
        <translation>%1 파일은 올바른 kubeconfig가 아닙니다: %2.</translation>
    </message>
</context>
<context>
    <name>KubeconfigImporter</name>
    <message>
        <location filename="../../core/transfer/kubeconfigimporter.cpp" line="+122"/>
        <source>No name given: enter the context to refresh or create under Context name.</source>
        <translation>이름이 없습니다. 새로 고치거나 만들 컨텍스트를 “컨텍스트 이름”에 입력하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No name given: say which context to refresh or create with --name.</source>
        <translation>이름이 지정되지 않았습니다. 갱신하거나 새로 만들 컨텍스트를 --name으로 지정하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a server address. Give one like https://192.0.2.10:6443.</source>
        <translation>“%1” 값은 서버 주소가 아닙니다. https://192.0.2.10:6443 같은 형식으로 지정하세요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot import into a kubeconfig with an unexpected layout: %1.</source>
        <translation>구조가 예상과 다른 kubeconfig로는 가져올 수 없습니다: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” already has exactly these credentials; nothing to change.</source>
        <translation>“%1”에는 이미 똑같은 자격 증명이 있습니다. 변경할 내용이 없습니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 holds no kubeconfig (it is empty). Nothing was imported; check that this is the file the cluster wrote.</source>
        <translation>%1에 kubeconfig가 없습니다(빈 파일입니다). 아무것도 가져오지 않았습니다. 클러스터가 기록한 파일이 맞는지 확인하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not exist. Nothing was imported.</source>
        <translation>%1 파일이 존재하지 않습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+71"/>
        <source>%1 is not a usable kubeconfig, so nothing was imported: %2</source>
        <translation>%1의 내용은 사용할 수 있는 kubeconfig가 아니므로 아무것도 가져오지 않았습니다: %2</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>%1 defines no context, so there is nothing to import.</source>
        <translation>%1에 정의된 컨텍스트가 없어 가져올 것이 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sets no current context; set its current-context to one of %2 and import again.</source>
        <translation>%1 파일에 현재 컨텍스트가 없습니다. 파일의 current-context를 %2 중 하나로 정한 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sets no current context; choose one of its contexts with --context: %2.</source>
        <translation>%1에 현재 컨텍스트가 설정되어 있지 않습니다. --context로 다음 컨텍스트 중 하나를 선택하세요: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has no context “%2”; it defines no context at all.</source>
        <translation>%1에 “%2” 컨텍스트가 없습니다. 이 파일에는 정의된 컨텍스트가 하나도 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no context “%2” any more; it defines %3.</source>
        <translation>%1 파일에는 이제 “%2” 컨텍스트가 없습니다. 정의된 컨텍스트: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no context “%2”. Choose one of %3 with --context.</source>
        <translation>%1에 “%2” 컨텍스트가 없습니다. --context로 %3 중 하나를 선택하세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Context “%1” of %2 names cluster “%3”, which that file does not define. Nothing was imported; fetch a complete kubeconfig.</source>
        <translation>%2의 “%1” 컨텍스트는 “%3” 클러스터를 참조하지만, 그 파일에는 이 클러스터가 정의되어 있지 않습니다. 아무것도 가져오지 않았습니다. 완전한 kubeconfig를 다시 받아 오세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Context “%1” of %2 names user “%3”, which that file does not define. Nothing was imported; fetch a complete kubeconfig.</source>
        <translation>%2의 “%1” 컨텍스트는 “%3” 사용자를 참조하지만, 그 파일에는 이 사용자가 정의되어 있지 않습니다. 아무것도 가져오지 않았습니다. 완전한 kubeconfig를 다시 받아 오세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot import %1, so nothing was imported: %2.</source>
        <translation>%1에서 가져올 수 없어 아무것도 가져오지 않았습니다: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not copied from %1 (only credentials cross): %2.</source>
        <translation>%1에서 복사하지 않은 항목(자격 증명만 가져옴): %2.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not analyse the credentials of %1.</source>
        <translation>%1의 자격 증명을 분석하지 못했습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The fresh kubeconfig&apos;s cluster: %1.</source>
        <translation>새 kubeconfig의 클러스터: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The fresh credentials: %1.</source>
        <translation>새 자격 증명: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>user “%1” has no credentials at all</source>
        <translation>사용자 “%1”에 자격 증명이 전혀 없습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is kubeadm&apos;s break-glass super-admin.conf: its certificate is in system:masters, which no RBAC rule limits and nothing revokes. Import /etc/kubernetes/admin.conf instead unless you need exactly this.</source>
        <translation>kubeadm의 비상용 super-admin.conf입니다. 인증서가 system:masters에 속해 있어 어떤 RBAC 규칙으로도 제한되지 않고 취소할 수도 없습니다. 꼭 이것이 필요한 경우가 아니면 대신 /etc/kubernetes/admin.conf를 가져오세요.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The credentials in %1 cannot be used, so nothing was imported: %2. Fetch a fresh kubeconfig from the cluster (and check this computer&apos;s clock), or use --force to import it anyway.</source>
        <translation>%1의 자격 증명을 사용할 수 없어 아무것도 가져오지 않았습니다: %2. 클러스터에서 새 kubeconfig를 받아 오거나(이 컴퓨터의 시계도 확인하세요), 그래도 가져오려면 --force를 사용하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported although the fresh credentials cannot be used: %1.</source>
        <translation>새 자격 증명을 쓸 수 없지만 가져왔습니다: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported although the fresh credentials cannot be used (--force): %1.</source>
        <translation>새 자격 증명을 사용할 수 없지만 가져왔습니다(--force): %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No kubeconfig file to add “%1” to; name one with --kubeconfig.</source>
        <translation>“%1” 컨텍스트를 추가할 kubeconfig 파일이 없습니다. --kubeconfig로 파일을 지정하세요.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot add “%1” to %2: %3 Fix that file first; nothing was changed.</source>
        <translation>“%1” 컨텍스트를 %2 파일에 추가할 수 없습니다: %3 먼저 그 파일을 고치세요. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot add “%1” to %2: %3 Fix that file or choose another with --kubeconfig; nothing was changed.</source>
        <translation>%2 파일에 “%1” 컨텍스트를 추가할 수 없습니다: %3 그 파일을 고치거나 --kubeconfig로 다른 파일을 선택하세요. 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Context “%1” in %2 names cluster “%3”, which no loaded kubeconfig defines, so there is nothing to refresh. Fix or delete the context, then import again.</source>
        <translation>%2의 “%1” 컨텍스트는 “%3” 클러스터를 참조하지만, 불러온 어떤 kubeconfig에도 이 클러스터가 정의되어 있지 않아 갱신할 대상이 없습니다. 컨텍스트를 고치거나 삭제한 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Context “%1” in %2 names user “%3”, which no loaded kubeconfig defines, so there is nothing to refresh. Fix or delete the context, then import again.</source>
        <translation>%2의 “%1” 컨텍스트는 “%3” 사용자를 참조하지만, 불러온 어떤 kubeconfig에도 이 사용자가 정의되어 있지 않아 갱신할 대상이 없습니다. 컨텍스트를 고치거나 삭제한 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A refresh takes only credentials: %1 of the fresh kubeconfig not copied; “%2” keeps its own settings.</source>
        <translation>갱신 시에는 자격 증명만 가져옵니다: 새 kubeconfig의 %1 항목은 복사하지 않았으며, “%2” 컨텍스트는 기존 설정을 유지합니다.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>User “%1” is shared: context(s) %2 use it too and get the fresh credentials as well.</source>
        <translation>“%1” 사용자는 공유되어 있습니다. 이 사용자를 함께 쓰는 컨텍스트 %2에도 새 자격 증명이 적용됩니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cluster “%1” is shared: context(s) %2 use it too and get the fresh CA as well.</source>
        <translation>“%1” 클러스터는 공유되어 있습니다. 이 클러스터를 함께 쓰는 컨텍스트 %2에도 새 CA가 적용됩니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server: %1</source>
        <translation>서버: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namespace: %1</source>
        <translation>네임스페이스: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (default)</source>
        <translation>없음(기본값)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The names of context, cluster and user, and every other setting of “%1”</source>
        <translation>“%1” 컨텍스트의 컨텍스트·클러스터·사용자 이름과 나머지 모든 설정</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The 1 other context, untouched</source>
        <translation>다른 컨텍스트 1개(변경 없음)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 other contexts, untouched</source>
        <translation>다른 컨텍스트 %1개(변경 없음)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refreshing keeps the namespace of “%1” (%2); the Namespace field only applies to a new context. Change it with kubectl config set-context %1 --namespace=%3.</source>
        <translation>새로 고쳐도 “%1” 컨텍스트의 네임스페이스(%2)는 그대로입니다. “네임스페이스” 칸은 새 컨텍스트에만 쓰입니다. 바꾸려면 kubectl config set-context %1 --namespace=%3 을 실행하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refreshing keeps the namespace of “%1” (%2); --namespace only applies to a new context. Change it with kubectl config set-context %1 --namespace=%3.</source>
        <translation>갱신할 때 “%1”의 네임스페이스(%2)는 그대로 유지됩니다. --namespace는 새 컨텍스트에만 적용됩니다. 변경하려면 다음 명령을 실행하세요: kubectl config set-context %1 --namespace=%3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot find user “%1” in %2 any more; reload and try again.</source>
        <translation>%2에서 “%1” 사용자를 더 이상 찾을 수 없습니다. 파일을 다시 읽은 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>credential kind</source>
        <translation>자격 증명 종류</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the refresh would change how this user logs in</source>
        <translation>갱신하면 이 사용자의 로그인 방식이 바뀝니다</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot find cluster “%1” in %2 any more; reload and try again.</source>
        <translation>%2에서 “%1” 클러스터를 더 이상 찾을 수 없습니다. 파일을 다시 읽은 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cluster “%1” no longer skips TLS verification: it now checks the server against the fresh CA.</source>
        <translation>“%1” 클러스터는 더 이상 TLS 검증을 건너뛰지 않습니다. 이제 새 CA로 서버를 검증합니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot add context “%1”: %2 already has a cluster named “%1” (but no context of that name), and a second one would be hidden by it. Choose another context name, or rename that cluster first.</source>
        <translation>“%1” 컨텍스트를 추가할 수 없습니다. %2 파일에 이름이 “%1”인 클러스터가 이미 있고(같은 이름의 컨텍스트는 없음), 두 번째 클러스터는 그 클러스터에 가려집니다. 다른 컨텍스트 이름을 고르거나 먼저 그 클러스터의 이름을 바꾸세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot add context “%1”: %2 already has a user named “%1” (but no context of that name), and a second one would be hidden by it. Choose another context name, or rename that user first.</source>
        <translation>“%1” 컨텍스트를 추가할 수 없습니다. %2 파일에 이름이 “%1”인 사용자가 이미 있고(같은 이름의 컨텍스트는 없음), 두 번째 사용자는 그 사용자에 가려집니다. 다른 컨텍스트 이름을 고르거나 먼저 그 사용자의 이름을 바꾸세요.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The kind cluster on %1 listens on %2 of that machine only, which does not reach it from here. Forward the port first (ssh -N -L %3:127.0.0.1:%3 %1) and enter https://127.0.0.1:%3 under Server.</source>
        <translation>%1의 kind 클러스터는 그 컴퓨터의 %2에서만 수신하므로 여기서는 연결할 수 없습니다. 먼저 포트를 전달하고(ssh -N -L %3:127.0.0.1:%3 %1) 서버에 https://127.0.0.1:%3을 입력하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The kind cluster on %1 listens on %2 of that machine only, which does not reach it from here. Forward the port first (ssh -N -L %3:127.0.0.1:%3 %1) and import with --server https://127.0.0.1:%3.</source>
        <translation>%1의 kind 클러스터는 그 컴퓨터의 %2에서만 수신하므로 여기서는 연결할 수 없습니다. 먼저 포트를 전달하고(ssh -N -L %3:127.0.0.1:%3 %1) --server https://127.0.0.1:%3으로 가져오세요.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot add “%1” to %2: that file already has an entry of that name. Choose another context name, or add the file to KUBECONFIG to refresh it.</source>
        <translation>“%1” 컨텍스트를 %2 파일에 추가할 수 없습니다. 그 파일에 같은 이름의 항목이 이미 있습니다. 다른 컨텍스트 이름을 고르거나, 그 파일을 KUBECONFIG에 추가해 새로 고치세요.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Context “%1” uses %2: the host Kubeminder connected to, in place of the server&apos;s own loopback address.</source>
        <translation>“%1” 컨텍스트는 서버 자신의 루프백 주소 대신 Kubeminder가 접속한 호스트(%2)를 사용합니다.</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>The credentials in %1 cannot be used, so nothing was imported: %2. Fetch a fresh kubeconfig from the cluster (and check this computer&apos;s clock), or tick “Import even an expired, older, not yet valid or mismatched certificate” to import it anyway.</source>
        <translation>%1의 자격 증명을 쓸 수 없어 아무것도 가져오지 않았습니다: %2. 클러스터에서 새 kubeconfig를 받아 오거나(이 컴퓨터의 시계도 확인하세요), 그래도 가져오려면 “만료되었거나 더 오래되었거나 아직 유효하지 않거나 일치하지 않는 인증서도 가져오기”를 선택하세요.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No kubeconfig file to add “%1” to; add one under Settings → Kubeconfig files.</source>
        <translation>“%1” 컨텍스트를 추가할 kubeconfig 파일이 없습니다. 설정 → Kubeconfig 파일에서 파일을 추가하세요.</translation>
    </message>
    <message>
        <location line="+246"/>
        <source>The fresh kubeconfig points at %1, the server&apos;s own loopback address, which does not reach it from here. Enter the server&apos;s address under Server, e.g. https://HOST:6443.</source>
        <translation>새 kubeconfig는 서버 자신의 루프백 주소인 %1 주소를 가리키므로 여기서는 서버에 닿지 않습니다. “서버” 칸에 서버 주소를 입력하세요. 예: https://HOST:6443</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fresh kubeconfig points at %1, the server&apos;s own loopback address, which does not reach it from here. Give the server&apos;s address with --server, e.g. --server https://HOST:6443.</source>
        <translation>새 kubeconfig가 서버 자신의 루프백 주소(%1)를 가리키고 있어 여기에서는 서버에 연결할 수 없습니다. --server로 서버 주소를 지정하세요. 예: --server https://HOST:6443.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Context “%1” keeps the server address %2, which only works on the server itself. To use it from another computer, import again with Server set to https://HOST:6443.</source>
        <translation>“%1” 컨텍스트는 서버 주소로 %2 주소를 그대로 씁니다. 이 주소는 서버 자신에서만 통합니다. 다른 컴퓨터에서 쓰려면 “서버”를 https://HOST:6443 으로 정하고 다시 가져오세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context “%1” keeps the server address %2, which only works on the server itself. To use it from another computer, import again with --server https://HOST:6443.</source>
        <translation>“%1” 컨텍스트는 서버 주소(%2)를 그대로 사용하며, 이 주소는 서버 자신에서만 동작합니다. 다른 컴퓨터에서 사용하려면 --server https://HOST:6443을 지정해 다시 가져오세요.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 Fix or remove it first; nothing was changed, because Kubeminder does not write next to a broken file.</source>
        <translation>%1 먼저 그 파일을 고치거나 제거하세요. Kubeminder는 손상된 파일이 함께 있을 때는 기록하지 않으므로 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing was imported: the import would write more than credentials, and that needs your yes first:
%1</source>
        <translation>아무것도 가져오지 않았습니다: 이 가져오기는 자격 증명 외의 항목도 기록하므로 먼저 동의가 필요합니다:
%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing was imported: %1</source>
        <translation>아무것도 가져오지 않았습니다: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import stopped half-way: %1 Already written (each with a backup): %2.</source>
        <translation>가져오기가 도중에 중단되었습니다: %1 이미 기록된 파일(각각 백업됨): %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh the credentials of user “%1” in %2 (expiry %3 → %4)</source>
        <translation>%2의 사용자 “%1” 자격 증명 갱신(만료일 %3 → %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh the CA of cluster “%1” in %2 (expiry %3 → %4)</source>
        <translation>%2의 클러스터 “%1” CA 갱신(만료일 %3 → %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add cluster “%1” to %2</source>
        <translation>%2에 클러스터 “%1” 추가</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add user “%1” to %2 (expires %3)</source>
        <translation>%2에 사용자 “%1” 추가(만료일 %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add context “%1” to %2</source>
        <translation>%2에 컨텍스트 “%1” 추가</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make “%1” the current context in %2</source>
        <translation>%2에서 “%1” 컨텍스트를 현재 컨텍스트로 설정</translation>
    </message>
</context>
<context>
    <name>KubeconfigLock</name>
    <message>
        <location filename="../../core/storage/kubeconfiglock.cpp" line="+25"/>
        <source>%1 is locked: the lock file %2 exists. Another kubectl or Kubeminder may be writing it; wait and try again. If none is running, a crash left the lock behind: delete %2 and try again.</source>
        <translation>%1 파일이 잠겨 있습니다: 잠금 파일(%2)이 있습니다. 다른 kubectl이나 Kubeminder가 이 파일에 쓰고 있을 수 있으니 잠시 기다린 뒤 다시 시도하세요. 실행 중인 프로그램이 없다면 비정상 종료로 잠금 파일이 남은 것입니다: %2 파일을 삭제하고 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the lock file %1: %2. Check that its folder exists and is writable.</source>
        <translation>잠금 파일(%1)을 만들 수 없습니다: %2. 폴더가 있고 쓰기 권한이 있는지 확인하세요.</translation>
    </message>
</context>
<context>
    <name>KubeconfigSchema</name>
    <message>
        <location filename="../../core/kubeconfig/kubeconfigschema.cpp" line="+158"/>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>불리언 값</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>목록</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a mapping</source>
        <translation>매핑</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>“%1” is .inf or .nan, which kubectl cannot turn into JSON; put it in quotes</source>
        <translation>“%1” 값이 .inf 또는 .nan이라 kubectl이 JSON으로 바꿀 수 없습니다. 따옴표로 감싸세요</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a key is a list or mapping; kubectl reads only text keys</source>
        <translation>키가 목록이나 매핑입니다. kubectl은 텍스트 키만 읽습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a key in “%1” is a list or mapping; kubectl reads only text keys</source>
        <translation>“%1” 안의 키가 목록이나 매핑입니다. kubectl은 텍스트 키만 읽습니다</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” must be text, but kubectl reads the unquoted value as %2; put it in quotes</source>
        <translation>“%1” 항목은 텍스트여야 하지만 kubectl은 따옴표 없는 값을 다른 유형(%2)으로 읽습니다. 따옴표로 감싸세요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” must be text, not %2</source>
        <translation>“%1” 항목은 텍스트여야 합니다(현재 유형: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” must be true or false, without quotes</source>
        <translation>“%1” 항목은 따옴표 없이 true 또는 false여야 합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” must be %2, not %3</source>
        <translation>“%1” 항목은 %2 유형이어야 합니다(현재 유형: %3)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>“kind” must be Config and “apiVersion” v1 (or be left out): kubectl reads no other kind of file as a kubeconfig</source>
        <translation>“kind”는 Config, “apiVersion”은 v1이어야 합니다(생략해도 됩니다). kubectl은 다른 종류의 파일을 kubeconfig로 읽지 않습니다</translation>
    </message>
</context>
<context>
    <name>KubeconfigWriter</name>
    <message>
        <location filename="../../core/storage/kubeconfigwriter.cpp" line="+45"/>
        <source>%1 is a chain of more than %2 symbolic links, probably a loop. Point it at a real file.</source>
        <translation>%1 경로는 %2개가 넘는 심볼릭 링크로 이어져 있어 순환일 가능성이 큽니다. 실제 파일을 가리키도록 하세요.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is a folder, not a kubeconfig file.</source>
        <translation>%1 경로는 kubeconfig 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read %1: %2. Check the file&apos;s permissions.</source>
        <translation>%1 파일을 읽을 수 없습니다: %2. 파일 권한을 확인하세요.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 is too large to be a kubeconfig.</source>
        <translation>%1 파일은 kubeconfig로 보기에는 너무 큽니다.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot create a temporary file next to %1: %2. Check that the folder is writable.</source>
        <translation>%1 옆에 임시 파일을 만들 수 없습니다: %2. 폴더에 쓰기 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot set the permissions of the new %1: %2.</source>
        <translation>새 %1의 권한을 설정할 수 없습니다: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1: %2. Free some disk space and try again.</source>
        <translation>%1에 쓸 수 없습니다: %2. 디스크 공간을 확보한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot save %1: %2. Free some disk space and try again.</source>
        <translation>%1 파일을 저장할 수 없습니다: %2. 디스크 공간을 확보한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No kubeconfig file was named to write.</source>
        <translation>쓸 kubeconfig 파일이 지정되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kubeminder did not write %1: the new content is not a valid kubeconfig (%2).</source>
        <translation>Kubeminder가 %1에 쓰지 않았습니다: 새 내용이 올바른 kubeconfig가 아닙니다(%2).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Kubeminder did not write %1 because it could not back it up first: %2</source>
        <translation>먼저 백업할 수 없어서 Kubeminder가 %1에 쓰지 않았습니다: %2</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1 was created by another program after Kubeminder looked for it. Reload and try again.</source>
        <translation>Kubeminder가 확인한 뒤 다른 프로그램이 %1 파일을 만들었습니다. 파일을 다시 읽은 후 재시도하세요.</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>%1 is not a regular file (a pipe, socket or device); Kubeminder writes only to kubeconfig files.</source>
        <translation>%1 경로는 일반 파일이 아닙니다(파이프, 소켓 또는 장치). Kubeminder는 kubeconfig 파일에만 씁니다.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>%1 was removed or moved by another program after Kubeminder read it. Reload and try again.</source>
        <translation>Kubeminder가 읽은 뒤 다른 프로그램이 %1 파일을 삭제하거나 옮겼습니다. 파일을 다시 읽은 후 재시도하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another program changed %1 after Kubeminder read it. Nothing was written: reload and try again.</source>
        <translation>Kubeminder가 읽은 뒤 다른 프로그램이 %1 파일을 변경했습니다. 아무것도 쓰지 않았습니다: 파일을 다시 읽은 후 재시도하세요.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 disappeared right after it was written.</source>
        <translation>%1 파일이 쓰기 직후 사라졌습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not hold what was written to it.</source>
        <translation>%1에 기록한 내용이 들어 있지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 no longer reads as a kubeconfig: %2</source>
        <translation>%1 파일을 더 이상 kubeconfig로 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing %1 failed: %2 The new file was removed.</source>
        <translation>%1 쓰기에 실패했습니다: %2 새 파일은 삭제했습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing %1 failed: %2 The previous content was put back from the backup %3.</source>
        <translation>%1 쓰기에 실패했습니다: %2 백업 %3에서 이전 내용을 되돌려 놓았습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing %1 failed: %2 Putting the previous content back failed too (%3). Restore it from the backup %4 (Backups… in the window, or kubeminder restore).</source>
        <translation>%1 파일을 쓰지 못했습니다: %2 이전 내용을 되돌려 놓는 것도 실패했습니다(%3). %4 백업에서 복원하세요(창의 “백업 목록…” 또는 kubeminder restore).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kubeminder will not write over %1 because it could not read it: %2</source>
        <translation>%1 파일을 읽을 수 없어서 Kubeminder가 덮어쓰지 않습니다: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kubeminder did not write %1: the new content could not be turned into YAML (it is empty, too deep or too large).</source>
        <translation>Kubeminder가 %1에 쓰지 않았습니다: 새 내용을 YAML로 변환할 수 없습니다(비어 있거나, 중첩이 너무 깊거나, 너무 큽니다).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The backup %1 no longer exists (it may have been removed or pruned). Nothing was restored; %2 is unchanged.</source>
        <translation>%1 백업 파일이 더 이상 없습니다(삭제되었거나 정리되었을 수 있습니다). 아무것도 복원하지 않았으며 %2 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 disappeared while it was read.</source>
        <translation>%1 파일이 읽는 도중에 사라졌습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup cannot be used: %1 Nothing was restored; %2 is unchanged.</source>
        <translation>백업을 사용할 수 없습니다: %1 아무것도 복원하지 않았으며 %2 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup %1 is not a valid kubeconfig (%2). Nothing was restored; %3 is unchanged.</source>
        <translation>%1 백업 파일은 올바른 kubeconfig가 아닙니다(%2). 아무것도 복원하지 않았으며 %3 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot restore %1: %2 Nothing was restored.</source>
        <translation>%1 파일을 복원할 수 없습니다: %2 아무것도 복원하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>LateBinding</name>
    <message>
        <location filename="../../core/support/latebindingresolver.cpp" line="+18"/>
        <source>kubeminder: cannot load %1 from %2 (%3). Reinstalling Kubeminder brings back what it needs.</source>
        <translation>kubeminder: %2에서 %1 항목을 불러올 수 없습니다(%3). Kubeminder를 다시 설치하면 필요한 것이 돌아옵니다.</translation>
    </message>
</context>
<context>
    <name>NotNewer</name>
    <message>
        <location filename="../../core/transfer/renewaladvice.cpp" line="+61"/>
        <source>on the server</source>
        <translation>서버에서</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on %1</source>
        <translation>%1에서</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The source holds the same credential this context already has: it is not renewed.</source>
        <translation>원본에 이 컨텍스트에 이미 있는 것과 같은 자격 증명이 들어 있습니다. 갱신되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The source&apos;s credential runs out %1, no later than the one this context has (%2): nothing was written.</source>
        <translation>원본의 자격 증명은 %1에 만료되어 이 컨텍스트에 있는 것(%2)보다 늦지 않습니다. 아무것도 기록하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>sudo %1 certificate rotate, then sudo systemctl restart %2</source>
        <translation>sudo %1 certificate rotate 후 sudo systemctl restart %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the server</source>
        <translation>서버</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not running on %2. It renews its client certificates only when it starts within %3 days of their expiry: for this one from %4.</source>
        <translation>%2에서 %1 서비스가 실행 중이 아닙니다. 클라이언트 인증서는 만료 전 %3일 이내에 서비스가 시작될 때만 갱신됩니다. 이 인증서는 %4부터입니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start it %1: sudo systemctl start %2. Then refresh again.</source>
        <translation>%1 서비스를 시작하세요: sudo systemctl start %2. 그런 다음 다시 갱신하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To renew it now, run %1: %2. Then refresh again.</source>
        <translation>지금 갱신하려면 %1 다음을 실행하세요: %2. 그런 다음 다시 갱신하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2 has been running since %3, before this certificate&apos;s renewal window opened (%4, %5 days before it runs out), and renews its client certificates only when it starts.</source>
        <translation>%2의 %1 서비스는 이 인증서의 갱신 기간이 열리기 전인 %3부터 실행 중입니다(갱신 기간은 만료 %5일 전인 %4부터). 클라이언트 인증서는 서비스가 시작될 때만 갱신됩니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A restart renews it now. Run %1: sudo systemctl restart %2. Then refresh again.</source>
        <translation>지금 다시 시작하면 갱신됩니다. %1 다음을 실행하세요: sudo systemctl restart %2. 그런 다음 다시 갱신하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A restart renews it from %1 on. To renew it sooner, run %2: %3. Then refresh again.</source>
        <translation>%1부터는 다시 시작하면 갱신됩니다. 더 일찍 갱신하려면 %2 다음을 실행하세요: %3. 그런 다음 다시 갱신하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 on %2 started %3, inside this certificate&apos;s renewal window, and still serves it: %4 releases before May 2025 renew only within 90 days of expiry, and only the kubeconfig %4 writes at start-up is renewed (its --write-kubeconfig option).</source>
        <translation>%2의 %1 서비스는 이 인증서의 갱신 기간 안인 %3에 시작되었지만 여전히 이 인증서를 제공합니다. 2025년 5월 이전의 %4 릴리스는 만료 전 90일 이내에만 갱신하며, %4가 시작할 때 기록하는 kubeconfig만 갱신됩니다(--write-kubeconfig 옵션).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To renew it whatever the date, run %1: %2. Then refresh again.</source>
        <translation>날짜와 관계없이 갱신하려면 %1 다음을 실행하세요: %2. 그런 다음 다시 갱신하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 renews its client certificates only when it starts within %2 days of their expiry.</source>
        <translation>%1: 클라이언트 인증서는 만료 전 %2일 이내에 서비스가 시작될 때만 갱신됩니다.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>To renew them, run %1: sudo systemctl restart %2 — or, whatever the date: %3. Then refresh again.</source>
        <translation>갱신하려면 %1 다음을 실행하세요: sudo systemctl restart %2 — 또는 날짜와 관계없이: %3. 그런 다음 다시 갱신하세요.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 renews its client certificates only when it starts within 120 days of their expiry (90 days in releases before May 2025), and it has not restarted since.</source>
        <translation>%1: 클라이언트 인증서는 만료 전 120일 이내에 서비스가 시작될 때만 갱신되며(2025년 5월 이전 릴리스는 90일), 그 뒤로 다시 시작되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kubeadm renews admin.conf only when asked. Run %1 (a control-plane node): sudo kubeadm certs renew admin.conf. Then refresh again.</source>
        <translation>kubeadm은 요청할 때만 admin.conf를 갱신합니다. %1(컨트롤 플레인 노드) 다음을 실행하세요: sudo kubeadm certs renew admin.conf. 그런 다음 다시 갱신하세요.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Renew the credential where it comes from, then refresh again.</source>
        <translation>자격 증명을 발급한 곳에서 갱신한 다음 다시 갱신하세요.</translation>
    </message>
</context>
<context>
    <name>NotificationLedger</name>
    <message>
        <location filename="../../core/monitor/notificationledger.cpp" line="+122"/>
        <source>The list of notifications already shown (%1 in %2) is too large to be ours; it is ignored, so some notifications may be shown again.</source>
        <translation>이미 표시한 알림 목록(%2의 %1)이 Kubeminder가 만든 것으로 보기에는 너무 큽니다. 이 목록을 무시하므로 일부 알림이 다시 표시될 수 있습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The list of notifications already shown (%1 in %2) is damaged; it is ignored, so some notifications may be shown again.</source>
        <translation>이미 표시한 알림 목록(%2의 %1)이 손상되었습니다. 이 목록을 무시하므로 일부 알림이 다시 표시될 수 있습니다.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 of the %2 entries in the list of notifications already shown (%3 in %4) were ignored as damaged or beyond the limit of %5; their notifications may be shown again.</source>
        <translation>이미 표시한 알림 목록(%4의 %3)의 항목 %2개 중 %1개가 손상되었거나 한도(%5개)를 넘어 무시되었습니다. 해당 알림이 다시 표시될 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <location filename="../../core/monitor/notificationsettings.cpp" line="+137"/>
        <source>The saved setting %1 (“%2”) in %3 is neither true nor false; notifications stay on.</source>
        <translation>%3에 저장된 %1 설정 값(“%2”)이 true도 false도 아닙니다. 알림을 켠 상태로 유지합니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The saved setting %1 (“%2”) in %3 is not a list of at most %4 whole numbers of days from 0 to %5, separated by commas; using the default of %6 days.</source>
        <translation>%3에 저장된 %1 설정 값(“%2”)이 쉼표로 구분된 0~%5 사이의 정수 일수 목록(최대 %4개)이 아닙니다. 기본값인 %6일을 사용합니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The saved setting %1 (“%2”) in %3 is not a date and time such as 2026-06-15T13:00:00Z; notifications are not paused.</source>
        <translation>%3에 저장된 %1 설정 값(“%2”)이 2026-06-15T13:00:00Z 같은 형식의 날짜와 시간이 아닙니다. 알림을 일시 중지하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <location filename="../../core/credentials/privatekey.cpp" line="+199"/>
        <location line="+9"/>
        <source>its private key is encrypted with a passphrase, which kubectl cannot use</source>
        <translation>개인 키가 암호 문구로 암호화되어 있어 kubectl에서 사용할 수 없습니다</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>it contains no PEM private key</source>
        <translation>PEM 개인 키가 들어 있지 않습니다</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>its private key is not valid PEM</source>
        <translation>개인 키가 올바른 PEM 형식이 아닙니다</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <location filename="../../app/cli/probecommand.cpp" line="+21"/>
        <source>CONTEXT</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RESULT</source>
        <translation>결과</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WHY</source>
        <translation>사유</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Asks each context&apos;s API server whether it accepts the credentials (GET /version and a SelfSubjectReview), and explains a refusal with what Kubeminder knows locally.
exec plugins are run only with --run-exec.
Exit status: 0 accepted, 1 forbidden, 2 rejected or unreachable, 3 nothing to probe.</source>
        <translation>각 컨텍스트의 API 서버가 자격 증명을 받아들이는지 확인하고(GET /version 및 SelfSubjectReview), 거부되면 Kubeminder가 로컬에서 알고 있는 정보로 그 이유를 설명합니다.
exec 플러그인은 --run-exec를 지정할 때만 실행합니다.
종료 상태: 0 수락됨, 1 권한 없음(forbidden), 2 거부됨 또는 연결 불가, 3 점검할 대상 없음.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contexts to probe (default: every one).</source>
        <translation>점검할 컨텍스트입니다(기본값: 전체).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A kubeconfig file; repeat to merge several in order.</source>
        <translation>kubeconfig 파일입니다. 여러 번 지정하면 순서대로 병합합니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output format: table (default) or json.</source>
        <translation>출력 형식: table(기본값) 또는 json.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds each context&apos;s probe may take (default 10).</source>
        <translation>컨텍스트마다 점검에 허용할 시간(초)입니다(기본값 10).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run exec credential plugins (non-interactively) to get their credentials.</source>
        <translation>exec 자격 증명 플러그인을 (비대화형으로) 실행해 자격 증명을 얻습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kubeminder probe: %1</source>
        <translation>kubeminder probe: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown output format “%1”; use table or json.</source>
        <translation>알 수 없는 출력 형식 “%1”입니다. table 또는 json을 사용하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--timeout takes a number of seconds from 1 to 600, not “%1”.</source>
        <translation>--timeout에는 1에서 600 사이의 초를 지정해야 합니다(입력값: “%1”).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>refresh it %1: kubeminder refresh %2</source>
        <translation>%1 갱신하세요: kubeminder refresh %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import a fresh kubeconfig: kubeminder import FILE --name %1</source>
        <translation>새 kubeconfig를 가져오세요: kubeminder import FILE --name %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No context to probe.</source>
        <translation>점검할 컨텍스트가 없습니다.</translation>
    </message>
</context>
<context>
    <name>ProbeResult</name>
    <message>
        <location filename="../../core/probe/proberesult.cpp" line="+53"/>
        <source>Accepted</source>
        <translation>허용됨</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forbidden</source>
        <translation>권한 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server not trusted</source>
        <translation>신뢰할 수 없는 서버</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server name mismatch</source>
        <translation>서버 이름 불일치</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server certificate expired</source>
        <translation>서버 인증서 만료됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS error</source>
        <translation>TLS 오류</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown host</source>
        <translation>알 수 없는 호스트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection refused</source>
        <translation>연결 거부됨</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No answer</source>
        <translation>응답 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy error</source>
        <translation>프록시 오류</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network error</source>
        <translation>네트워크 오류</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected answer</source>
        <translation>예상치 못한 응답</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not probed</source>
        <translation>점검 안 함</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configuration error</source>
        <translation>구성 오류</translation>
    </message>
</context>
<context>
    <name>ProxyResolver</name>
    <message>
        <location filename="../../core/probe/proxyresolver.cpp" line="+99"/>
        <source>the proxy address “%1” is not a valid URL</source>
        <translation>프록시 주소(“%1”)가 올바른 URL이 아닙니다</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the proxy %1 is an HTTPS proxy, which Kubeminder cannot use yet; use an http:// or socks5:// proxy address, or probe with kubectl</source>
        <translation>%1 프록시는 HTTPS 프록시이며, Kubeminder는 아직 HTTPS 프록시를 사용할 수 없습니다. http:// 또는 socks5:// 프록시 주소를 사용하거나 kubectl로 점검하세요</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the proxy %1 uses the scheme “%2”; kubectl supports only http, https and socks5</source>
        <translation>%1 프록시는 “%2” 스킴을 사용합니다. kubectl은 http, https, socks5만 지원합니다</translation>
    </message>
</context>
<context>
    <name>RefreshDueJob</name>
    <message>
        <location filename="../../core/transfer/refreshduejob.cpp" line="+57"/>
        <source>No kubeconfig file was found: set KUBECONFIG or pass --kubeconfig.</source>
        <translation>kubeconfig 파일을 찾지 못했습니다. KUBECONFIG를 설정하거나 --kubeconfig를 지정하세요.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>a yes to writing more than credentials (kubeminder refresh %1 --allow-exec lists them)</source>
        <translation>자격 증명 외의 항목을 기록하는 데 대한 승인(kubeminder refresh %1 --allow-exec로 목록 확인)</translation>
    </message>
</context>
<context>
    <name>ReportFormatter</name>
    <message>
        <location filename="../../app/cli/reportformatter.cpp" line="+84"/>
        <source>CURRENT</source>
        <translation>현재</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EXPIRES (UTC)</source>
        <translation>만료일 (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LEFT</source>
        <translation>남은 기간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KIND</source>
        <translation>종류</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CLUSTER</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SERVER</source>
        <translation>서버</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Problems:</source>
        <translation>문제:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files that could not be loaded:</source>
        <translation>불러오지 못한 파일:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>To refresh:</source>
        <translation>갱신하려면:</translation>
    </message>
</context>
<context>
    <name>RestoreJob</name>
    <message>
        <location filename="../../core/storage/backupjob.cpp" line="+54"/>
        <source>%1 is not a backup Kubeminder knows; name the file to restore.</source>
        <translation>%1 파일은 Kubeminder가 아는 백업이 아닙니다. 복원할 파일을 지정하세요.</translation>
    </message>
</context>
<context>
    <name>RestorePreview</name>
    <message>
        <location filename="../../core/storage/restorepreview.cpp" line="+103"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (expired)</source>
        <translation>%1(만료됨)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is not a valid kubeconfig now; the restore replaces it whole.</source>
        <translation>지금 파일은 올바른 kubeconfig가 아닙니다. 복원하면 파일 전체가 바뀝니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: added, expires %2</source>
        <translation>%1: 추가됨, %2에 만료</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: added</source>
        <translation>%1: 추가됨</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: removed, expires %2</source>
        <translation>%1: 제거됨, %2에 만료</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: removed</source>
        <translation>%1: 제거됨</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: expires %2 → %3</source>
        <translation>%1: 만료 %2 → %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: other credentials, no expiry known</source>
        <translation>%1: 다른 자격 증명, 만료 시각 알 수 없음</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No context is added or removed, and no credentials change.</source>
        <translation>추가되거나 제거되는 컨텍스트가 없고, 바뀌는 자격 증명도 없습니다.</translation>
    </message>
</context>
<context>
    <name>SecretLineReader</name>
    <message>
        <location filename="../../core/support/secretlinereader.cpp" line="+75"/>
        <source>Could not read %1: %2.</source>
        <translation>%1에서 읽지 못했습니다: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was read from %1: give the secret as its first line.</source>
        <translation>%1에서 아무것도 읽지 못했습니다. 비밀 값을 첫 줄에 입력하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first line of %1 is longer than %2 bytes; nothing was used. Give only the secret, on a line of its own.</source>
        <translation>%1의 첫 줄이 %2바이트보다 깁니다. 아무것도 사용하지 않았습니다. 비밀 값만 한 줄에 따로 입력하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The first line of %1 contains a NUL byte, which no password can hold; nothing was used.</source>
        <translation>%1의 첫 줄에 비밀번호에 들어갈 수 없는 NUL 바이트가 있습니다. 아무것도 사용하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>standard input</source>
        <translation>표준 입력</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <location filename="../../app/cli/settingscommand.cpp" line="+62"/>
        <source>give a whole number from %1 to %2.</source>
        <translation>%1에서 %2 사이의 정수를 입력하세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the critical threshold (%1 days) must not be more than the warning threshold (%2 days).</source>
        <translation>위험 임계값(%1일)은 경고 임계값(%2일)보다 클 수 없습니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the value is out of range.</source>
        <translation>값이 허용 범위를 벗어났습니다.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Days before expiry from which a credential shows as expiring soon.</source>
        <translation>자격 증명이 곧 만료됨으로 표시되기 시작하는 만료 전 일수.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days before expiry from which a credential shows as critical.</source>
        <translation>자격 증명이 위험으로 표시되기 시작하는 만료 전 일수.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backups of each file always kept: the newest N.</source>
        <translation>파일마다 항상 보관하는 백업: 최신 N개.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backups younger than this many days are kept too.</source>
        <translation>이 일수보다 최근인 백업도 보관합니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Desktop notifications before credentials expire (on or off).</source>
        <translation>자격 증명 만료 전 데스크톱 알림(on 또는 off).</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>give on or off.</source>
        <translation>on 또는 off를 입력하세요.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Days before expiry at which to notify, e.g. &quot;30, 7, 1&quot;.</source>
        <translation>알림을 보낼 만료 전 일수, 예: &quot;30, 7, 1&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give whole numbers of days from 0 to %1, separated by commas (at most %2).</source>
        <translation>0에서 %1 사이의 일수를 쉼표로 구분해 입력하세요(최대 %2개).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notifications held back until then, as the tray&apos;s Pause: 1h, tomorrow, a date and time (ISO 8601), or off.</source>
        <translation>트레이의 일시 중지처럼 이때까지 알림을 보류합니다: 1h, tomorrow, 날짜와 시각(ISO 8601) 또는 off.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>give 1h, tomorrow, off, or a date and time to come such as 2026-12-24T18:00.</source>
        <translation>1h, tomorrow, off 또는 2026-12-24T18:00 같은 앞으로의 날짜와 시각을 입력하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hours between the tray&apos;s connection tests of every context; 0 turns them off.</source>
        <translation>트레이가 모든 컨텍스트의 연결을 테스트하는 시간 간격. 0이면 끕니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start Kubeminder in the tray when you log in (on or off).</source>
        <translation>로그인할 때 Kubeminder를 트레이에서 시작(on 또는 off).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VALUE</source>
        <translation>값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DEFAULT</source>
        <translation>기본값</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MEANING</source>
        <translation>의미</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+32"/>
        <source>kubeminder settings: %1</source>
        <translation>kubeminder settings: %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Lists, reads and changes Kubeminder&apos;s settings, as the Settings dialog does:
  kubeminder settings                 every setting, its value and default
  kubeminder settings get NAME        one value
  kubeminder settings set NAME VALUE  change one (checked like the dialog)
  kubeminder settings reset NAME      back to the default
A running window reloads within a second of a change.
Names: %1</source>
        <translation>설정 대화 상자처럼 Kubeminder의 설정을 나열하고, 읽고, 바꿉니다:
  kubeminder settings                 모든 설정과 그 값, 기본값
  kubeminder settings get NAME        값 하나
  kubeminder settings set NAME VALUE  값 하나 변경(대화 상자와 같은 규칙으로 확인)
  kubeminder settings reset NAME      기본값으로 되돌리기
실행 중인 창은 변경 후 1초 안에 다시 읽습니다.
이름: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What to do.</source>
        <translation>할 일.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format of the list: table or json.</source>
        <translation>목록 형식: table 또는 json.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>형식</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown output format “%1”: use table or json.</source>
        <translation>알 수 없는 출력 형식 “%1”: table 또는 json을 사용하세요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown action “%1”: use get, set or reset.</source>
        <translation>알 수 없는 동작 “%1”: get, set 또는 reset을 사용하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give a name and a value: settings set NAME VALUE.</source>
        <translation>이름과 값을 입력하세요: settings set NAME VALUE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give one name: settings %1 NAME.</source>
        <translation>이름 하나를 입력하세요: settings %1 NAME.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no setting named “%1”. Names: %2</source>
        <translation>이름이 “%1”인 설정이 없습니다. 설정 이름: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 not changed: %2</source>
        <translation>%1 설정을 바꾸지 않았습니다: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kubeminder settings: could not save %1.</source>
        <translation>kubeminder settings: %1 파일을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>SourceFilter</name>
    <message>
        <location filename="../../core/kubeconfig/sourcefilter.cpp" line="+73"/>
        <source>%1=(a value, not shown: the name says it is secret)</source>
        <translation>%1=(값 숨김: 이름으로 보아 비밀 값입니다)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; environment: %1</source>
        <translation>; 환경 변수: %1</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>kubectl would run this program on this computer every time the context is used</source>
        <translation>컨텍스트를 사용할 때마다 kubectl이 이 컴퓨터에서 이 프로그램을 실행합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kubectl would hand authentication to this provider plugin</source>
        <translation>kubectl이 인증을 이 공급자 플러그인에 맡깁니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kubectl would send the contents of this file of this computer to the server</source>
        <translation>kubectl이 이 컴퓨터에 있는 이 파일의 내용을 서버로 보냅니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kubectl would log in with this file of this computer</source>
        <translation>kubectl이 이 컴퓨터에 있는 이 파일로 로그인합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kubectl would trust the certificates in this file of this computer</source>
        <translation>kubectl이 이 컴퓨터에 있는 이 파일의 인증서를 신뢰합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kubectl would not check who the server is</source>
        <translation>kubectl이 서버의 신원을 확인하지 않습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every request, credentials included, would go through this proxy</source>
        <translation>자격 증명을 포함한 모든 요청이 이 프록시를 거칩니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every request would act as another user or group (impersonation)</source>
        <translation>모든 요청이 다른 사용자나 그룹을 가장합니다(impersonation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data for other programs that read the kubeconfig</source>
        <translation>kubeconfig를 읽는 다른 프로그램용 데이터</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cluster “%1”</source>
        <translation>클러스터 “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user “%1”</source>
        <translation>사용자 “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>context “%1”</source>
        <translation>컨텍스트 “%1”</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>%1 (its contents are written into the kubeconfig)</source>
        <translation>%1 (내용이 kubeconfig에 기록됨)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 %3 — %4</source>
        <translation>%1: %2 %3 — %4</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>context “%1” or the cluster or user it names is missing</source>
        <translation>컨텍스트 “%1” 또는 그것이 가리키는 클러스터나 사용자가 없습니다</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Nothing was imported: %1 is not a file you named on this computer (it was fetched over SSH, read with administrator rights or piped in), so only credentials may cross from it, and it asks for more:
%2
If you trust these, copy the file here, check it, and import that file: the preview then marks these lines and asks before it writes them.</source>
        <translation>아무것도 가져오지 않았습니다. %1 파일은 이 컴퓨터에서 직접 지정한 파일이 아니므로(SSH로 받아 왔거나, 관리자 권한으로 읽었거나, 파이프로 들어옴) 자격 증명만 넘어올 수 있는데, 그 이상을 요구합니다:
%2
이 항목들을 믿는다면 파일을 이 컴퓨터로 복사해 확인한 뒤 그 파일을 가져오세요. 미리 보기가 이 줄들을 표시하고, 기록하기 전에 물어봅니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported: %1 is not a file you named on this computer (it was fetched over SSH, read with administrator rights or piped in), so only credentials may cross from it, and it asks for more:
%2
If you trust these, copy the file here, check it, and import that file with --allow-exec.</source>
        <translation>아무것도 가져오지 않았습니다: %1 원본은 이 컴퓨터에서 직접 지정한 파일이 아니므로(SSH로 가져왔거나, 관리자 권한으로 읽었거나, 파이프로 전달됨) 자격 증명만 가져올 수 있는데, 그 이상을 요구합니다:
%2
이 항목들을 신뢰한다면 파일을 이 컴퓨터로 복사해 확인한 뒤 그 파일을 --allow-exec 옵션으로 가져오세요.</translation>
    </message>
</context>
<context>
    <name>SshSource</name>
    <message>
        <location filename="../../core/transfer/sshsource.cpp" line="+286"/>
        <source>The SSH transfer was cancelled.</source>
        <translation>SSH 전송이 취소되었습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 did not answer in time. Check that the host is reachable and that an SSH server listens on port %2, or allow more time with --timeout.</source>
        <translation>%1 호스트가 제시간에 응답하지 않았습니다. 호스트에 연결할 수 있는지, SSH 서버가 포트 %2에서 수신 대기 중인지 확인하거나 --timeout으로 시간을 늘리세요.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&apos;%1&apos; is not a host name: write ssh://[USER@]HOST[:PORT][/ABSOLUTE/PATH].</source>
        <translation>&apos;%1&apos; 값은 호스트 이름이 아닙니다. ssh://[USER@]HOST[:PORT][/ABSOLUTE/PATH] 형식으로 쓰세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The remote path %1 must be absolute (like /etc/rancher/k3s/k3s.yaml).</source>
        <translation>원격 경로(%1)는 절대 경로여야 합니다(예: /etc/rancher/k3s/k3s.yaml).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a host name libssh accepts.</source>
        <translation>&apos;%1&apos; 값은 libssh가 허용하는 호스트 이름이 아닙니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read your SSH configuration (~/.ssh/config): %1. Fix the file or name another one.</source>
        <translation>SSH 설정(~/.ssh/config)을 읽지 못했습니다: %1. 파일을 고치거나 다른 파일을 지정하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The SSH configuration file %1 does not exist.</source>
        <translation>SSH 설정 파일(%1)이 존재하지 않습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read the SSH configuration file %1: %2. Fix the file or name another one.</source>
        <translation>SSH 설정 파일(%1)을 읽지 못했습니다: %2. 파일을 고치거나 다른 파일을 지정하세요.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The host name %1 could not be resolved. Check the spelling, your DNS, or the HostName in your SSH configuration.</source>
        <translation>호스트 이름 %1의 주소를 찾을 수 없습니다. 철자, DNS 또는 SSH 설정의 HostName을 확인하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 refused the connection on port %2. Check that the SSH server runs and listens on that port.</source>
        <translation>%1 호스트가 포트 %2에서 연결을 거부했습니다. SSH 서버가 실행 중이고 그 포트에서 수신 대기 중인지 확인하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not open an SSH connection to %1 port %2: %3</source>
        <translation>%1의 포트 %2에 SSH 연결을 열지 못했습니다: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The SSH server %1 sent no usable host key.</source>
        <translation>SSH 서버 %1에서 사용할 수 있는 호스트 키를 받지 못했습니다.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>a different key</source>
        <translation>다른 키</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the entry for %1 in %2</source>
        <translation>%2에 있는 %1 항목</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1 of %2</source>
        <translation>%2의 %1번 줄</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The host key of %1 has changed: %2 remembers %3, the server now shows %4 (%5). Someone may be intercepting the connection, or the server was reinstalled. Nothing was read. If you are sure the new key is right, remove %6 (for example: ssh-keygen -R &apos;%1&apos; -f &apos;%2&apos;) and try again.</source>
        <translation>%1의 호스트 키가 바뀌었습니다. %2에 기록된 키: %3, 현재 서버가 제시한 키: %4 (%5). 누군가 연결을 가로채고 있거나 서버가 재설치되었을 수 있습니다. 아무것도 읽지 않았습니다. 새 키가 맞다고 확신한다면 기존 키(%6)를 삭제하고(예: ssh-keygen -R &apos;%1&apos; -f &apos;%2&apos;) 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not check the host key of %1 against %2: %3</source>
        <translation>%2 기준으로 %1의 호스트 키를 확인하지 못했습니다: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The host key of %1 is not known (%2 key %3). Nothing was read. Check the fingerprint with the server&apos;s administrator (ssh-keygen -lf on the host&apos;s key), then accept it, or add it to %4.</source>
        <translation>%1의 호스트 키가 등록되어 있지 않습니다(%2 키 %3). 아무것도 읽지 않았습니다. 서버 관리자에게 지문을 확인한 뒤(호스트 키에 ssh-keygen -lf 실행) 키를 수락하거나 %4에 추가하세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not record the host key of %1 in %2: %3</source>
        <translation>%1의 호스트 키를 %2에 기록하지 못했습니다: %3</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no passphrase was given for %1</source>
        <translation>%1의 암호 문구가 입력되지 않았습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the passphrase for %1 was not accepted</source>
        <translation>%1의 암호 문구가 거부되었습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be read as a private key</source>
        <translation>%1 파일을 개인 키로 읽을 수 없습니다</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>The connection to %1 was closed during authentication: %2</source>
        <translation>인증 중에 %1 연결이 끊어졌습니다: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The identity file %1 does not exist.</source>
        <translation>개인 키 파일(%1)이 존재하지 않습니다.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 refused to log in %2. The server offers: %3.</source>
        <translation>%1 호스트가 %2 사용자의 로그인을 거부했습니다. 서버가 제공하는 인증 방식: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys tried: %1.</source>
        <translation>시도한 키: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also: %1.</source>
        <translation>추가 정보: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add your public key to ~/.ssh/authorized_keys of %1 on the server, load the key into ssh-agent, or name it with --identity.</source>
        <translation>서버에 있는 %1 사용자의 ~/.ssh/authorized_keys에 공개 키를 추가하거나, 키를 ssh-agent에 로드하거나, --identity로 키를 지정하세요.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not open an SSH channel to %1: %2</source>
        <translation>%1에 SSH 채널을 열지 못했습니다: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 did not open a session channel: %2</source>
        <translation>%1 호스트가 세션 채널을 열지 않았습니다: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 refused to run a command: %2</source>
        <translation>%1 호스트가 명령 실행을 거부했습니다: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection to %1 failed: %2</source>
        <translation>%1 연결에 실패했습니다: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The connection to %1 failed while reading: %2</source>
        <translation>읽는 중에 %1 연결에 실패했습니다: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The output on %1 is larger than %2 MiB: that is not a kubeconfig. Check the path or preset.</source>
        <translation>%1의 출력이 %2MiB보다 큽니다. kubeconfig가 아닙니다. 경로나 프리셋을 확인하세요.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>What %1 sent is not a kubeconfig (%2). Check the path or the preset.</source>
        <translation>%1 호스트가 보낸 내용은 kubeconfig가 아닙니다(%2). 경로나 프리셋을 확인하세요.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A command needed to read %1 is not installed on %2: %3</source>
        <translation>%1 파일을 읽는 데 필요한 명령이 %2에 설치되어 있지 않습니다: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not exist on %2. Check the path, or choose the preset for the cluster&apos;s distribution (k3s, rke2, kubeadm, microk8s, k0s).</source>
        <translation>%2에 %1 파일이 없습니다. 경로를 확인하거나 클러스터 배포판에 맞는 프리셋(k3s, rke2, kubeadm, microk8s, k0s)을 선택하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 on %2 is a folder, not a kubeconfig.</source>
        <translation>%2의 %1 경로는 kubeconfig가 아니라 폴더입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading %1 on %2 failed (exit status %3): %4</source>
        <translation>%2에서 %1 파일을 읽지 못했습니다(종료 상태 %3): %4</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 on %2 is not readable by %3. Allow sudo (--sudo auto), or make the file readable (for K3s: start it with --write-kubeconfig-mode 0644, or copy the file somewhere %3 can read it).</source>
        <translation>%2의 %1 파일을 %3 사용자가 읽을 수 없습니다. sudo를 허용하거나(--sudo auto) 파일을 읽을 수 있게 하세요(K3s라면 --write-kubeconfig-mode 0644로 시작하거나, %3 사용자가 읽을 수 있는 곳으로 파일을 복사하세요).</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>sudo on %1 did not accept the password for %2. Nothing was read.</source>
        <translation>%1의 sudo가 %2 사용자의 비밀번호를 받아들이지 않았습니다. 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>%1 may not use sudo on %2 to read %3. Ask the administrator to make the file readable or to allow sudo for %1.</source>
        <translation>%1 사용자는 %2에서 sudo로 %3 파일을 읽을 권한이 없습니다. 관리자에게 파일을 읽을 수 있게 하거나 %1 사용자의 sudo를 허용해 달라고 요청하세요.</translation>
    </message>
    <message>
        <location line="-724"/>
        <source>%1 did not answer in time. Check that the host is reachable and that an SSH server listens on port %2.</source>
        <translation>%1 호스트가 제때 응답하지 않았습니다. 호스트에 닿을 수 있는지, 포트 %2에서 SSH 서버가 기다리고 있는지 확인하세요.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <location line="+302"/>
        <source>Cancelled at the password prompt for %1@%2. Nothing was read.</source>
        <translation>%1@%2 비밀번호 입력에서 취소했습니다. 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no password could be asked for (no terminal)</source>
        <translation>비밀번호를 물어볼 수 없었습니다(터미널 없음)</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>%1 did not accept the password for %2@%1.</source>
        <translation>%1 호스트가 %2@%1 비밀번호를 받아들이지 않았습니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add your public key to ~/.ssh/authorized_keys of %1 on the server, load the key into ssh-agent, or choose it under Identity file.</source>
        <translation>서버에 있는 %1 사용자의 ~/.ssh/authorized_keys에 공개 키를 추가하거나, 키를 ssh-agent에 로드하거나, “개인 키 파일”에서 키를 고르세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check the user name and the password of %1 on %2, then try again.</source>
        <translation>%2에서 쓰는 사용자 이름 %1과 비밀번호를 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>%1 on %2 is not readable by %3. Set Sudo to “When needed”, or make the file readable (for K3s: start it with --write-kubeconfig-mode 0644, or copy the file somewhere %3 can read it).</source>
        <translation>%2의 %1 파일을 %3 사용자가 읽을 수 없습니다. sudo를 “필요할 때”로 정하거나, 파일을 읽을 수 있게 하세요(K3s라면 --write-kubeconfig-mode 0644 로 시작하거나, %3 사용자가 읽을 수 있는 곳에 파일을 복사하세요).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>sudo on %1 requires a terminal (requiretty). Allow sudo without a terminal for %2, or make %3 readable.</source>
        <translation>%1의 sudo는 터미널이 필요합니다(requiretty). %2 사용자가 터미널 없이 sudo를 쓸 수 있게 허용하거나 %3 파일을 읽을 수 있게 하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sudo is not installed on %1, and %2 cannot read %3 without it.</source>
        <translation>%1에 sudo가 설치되어 있지 않으며, sudo 없이는 %2 사용자가 %3 파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cancelled at the sudo password prompt on %1. Nothing was read.</source>
        <translation>%1의 sudo 비밀번호 입력에서 취소했습니다. 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sudo on %1 needs the password of %2, and none was given. Give it when asked (or with --sudo-password-stdin), or make %3 readable.</source>
        <translation>%1의 sudo에 %2 사용자의 비밀번호가 필요하지만 입력되지 않았습니다. 요청될 때 입력하거나(또는 --sudo-password-stdin 사용) %3 파일을 읽을 수 있게 하세요.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>sudo on %1 did not accept the password for %2 three times. Nothing was read.</source>
        <translation>%1의 sudo가 %2 사용자의 비밀번호를 세 번 모두 받아들이지 않았습니다. 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not start an SSH session (out of memory?).</source>
        <translation>SSH 세션을 시작하지 못했습니다(메모리 부족?).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;%1&apos; is not an SSH address: write ssh://[USER@]HOST[:PORT][/ABSOLUTE/PATH].</source>
        <translation>&apos;%1&apos; 값은 SSH 주소가 아닙니다. ssh://[USER@]HOST[:PORT][/ABSOLUTE/PATH] 형식으로 쓰세요.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The remote path in &apos;%1&apos; must be absolute (like /etc/rancher/k3s/k3s.yaml); ~ and relative paths are not expanded.</source>
        <translation>&apos;%1&apos;의 원격 경로는 절대 경로여야 합니다(예: /etc/rancher/k3s/k3s.yaml). ~와 상대 경로는 확장되지 않습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The remote path in &apos;%1&apos; contains a control character.</source>
        <translation>&apos;%1&apos;의 원격 경로에 제어 문자가 들어 있습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The user name in &apos;%1&apos; is empty: write USER@HOST or leave out the @.</source>
        <translation>&apos;%1&apos;의 사용자 이름이 비어 있습니다. USER@HOST 형식으로 쓰거나 @를 빼세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SSH address contains a password. Passwords are never part of the address: you will be asked for one when it is needed.</source>
        <translation>SSH 주소에 비밀번호가 들어 있습니다. 비밀번호는 주소에 넣지 않습니다. 필요할 때 입력하라는 요청이 표시됩니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user name in &apos;%1&apos; contains a character that is not allowed.</source>
        <translation>&apos;%1&apos;의 사용자 이름에 허용되지 않는 문자가 있습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user name in &apos;%1&apos; may not start with &apos;-&apos;.</source>
        <translation>&apos;%1&apos;의 사용자 이름은 &apos;-&apos;로 시작할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The IPv6 address in &apos;%1&apos; has no closing &apos;]&apos;.</source>
        <translation>&apos;%1&apos;의 IPv6 주소에 닫는 &apos;]&apos;가 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unexpected text after the IPv6 address in &apos;%1&apos;.</source>
        <translation>&apos;%1&apos;의 IPv6 주소 뒤에 예상하지 못한 텍스트가 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>The port in &apos;%1&apos; is empty.</source>
        <translation>&apos;%1&apos;의 포트가 비어 있습니다.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The host in &apos;%1&apos; is empty.</source>
        <translation>&apos;%1&apos;의 호스트가 비어 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not an IPv6 address.</source>
        <translation>&apos;%1&apos; 값은 IPv6 주소가 아닙니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only IPv6 addresses go in brackets: &apos;%1&apos;.</source>
        <translation>대괄호 안에는 IPv6 주소만 쓸 수 있습니다: &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An IPv6 address goes in brackets: ssh://[%1]/...</source>
        <translation>IPv6 주소는 대괄호로 감싸세요: ssh://[%1]/...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The host in &apos;%1&apos; is empty: write ssh://HOST/...</source>
        <translation>&apos;%1&apos;의 호스트가 비어 있습니다. ssh://HOST/... 형식으로 쓰세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The host in &apos;%1&apos; may not start with &apos;-&apos;.</source>
        <translation>&apos;%1&apos;의 호스트는 &apos;-&apos;로 시작할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The host &apos;%1&apos; contains a character that is not allowed in a host name.</source>
        <translation>호스트 &apos;%1&apos;에 호스트 이름에 쓸 수 없는 문자가 있습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a port number (1 to 65535). To name a file, write ssh://HOST/ABSOLUTE/PATH.</source>
        <translation>&apos;%1&apos; 값은 포트 번호(1~65535)가 아닙니다. 파일을 지정하려면 ssh://HOST/ABSOLUTE/PATH 형식으로 쓰세요.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../core/credentials/status.cpp" line="+34"/>
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical</source>
        <translation>위험</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
</context>
<context>
    <name>TerminalInteraction</name>
    <message>
        <location filename="../../app/cli/terminalinteraction.cpp" line="+110"/>
        <source>the terminal</source>
        <translation>터미널</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Compare it with the server&apos;s own %1 host key (ssh-keygen -lf on its public key file).</source>
        <translation>서버 자체의 %1 호스트 키 지문과 비교하세요(그 공개 키 파일에 ssh-keygen -lf 실행).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare it with the server&apos;s (ssh-keygen -lf %1).</source>
        <translation>서버의 지문과 비교하세요(ssh-keygen -lf %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host key of %1 (port %2) is not known yet.
%3 key fingerprint is %4.
%5
Trust it and remember it in known_hosts? [yes/no/once] </source>
        <translation>%1의 호스트 키(포트 %2)가 아직 등록되어 있지 않습니다.
%3 키 지문은 %4입니다.
%5
이 키를 신뢰하고 known_hosts에 기록할까요? [yes/no/once] </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Passphrase for %1: </source>
        <translation>%1의 암호 문구: </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Permission denied, please try again.</source>
        <translation>비밀번호가 맞지 않습니다. 다시 입력하세요.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>sudo password for %1 on %2 (Enter alone: the SSH password): </source>
        <translation>%2의 %1 사용자 sudo 비밀번호(Enter만 누르면 SSH 비밀번호 사용): </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sorry, try again.</source>
        <translation>맞지 않습니다. 다시 입력하세요.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>sudo password for %1 on %2: </source>
        <translation>%2의 %1 사용자 sudo 비밀번호: </translation>
    </message>
</context>
<context>
    <name>ThresholdSettings</name>
    <message>
        <location filename="../../core/credentials/thresholdsettings.cpp" line="+36"/>
        <source>The saved setting %1 (“%2”) in %3 is not a number of days from 0 to %4; using the default of %5 days.</source>
        <translation>%3에 저장된 %1 설정 값(“%2”)이 0~%4 사이의 일수가 아닙니다. 기본값인 %5일을 사용합니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The saved critical threshold (%1 days) is more than the warning threshold (%2 days) in %3; using the defaults of %4 and %5 days.</source>
        <translation>%3에 저장된 위험 임계값(%1일)이 경고 임계값(%2일)보다 큽니다. 기본값인 %4일과 %5일을 사용합니다.</translation>
    </message>
</context>
<context>
    <name>TimeLeft</name>
    <message>
        <location filename="../../core/support/timetext.cpp" line="+60"/>
        <source>expired %1 day ago</source>
        <translation>%1일 전 만료</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired %1 days ago</source>
        <translation>%1일 전 만료</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired %1 hour ago</source>
        <translation>%1시간 전 만료</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired %1 hours ago</source>
        <translation>%1시간 전 만료</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired %1 minute ago</source>
        <translation>%1분 전 만료</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired %1 minutes ago</source>
        <translation>%1분 전 만료</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired just now</source>
        <translation>방금 만료됨</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 day left</source>
        <translation>%1일 남음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days left</source>
        <translation>%1일 남음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 hour left</source>
        <translation>%1시간 남음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 hours left</source>
        <translation>%1시간 남음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 minute left</source>
        <translation>%1분 남음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 minutes left</source>
        <translation>%1분 남음</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 day</source>
        <translation>%1일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1일</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 hour</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 hours</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 minute</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 minutes</source>
        <translation>%1분</translation>
    </message>
</context>
<context>
    <name>UnattendedInteraction</name>
    <message>
        <location filename="../../core/transfer/interactionhandler.cpp" line="+18"/>
        <source>a yes to the unknown host key of %1 (%2 %3)</source>
        <translation>%1의 알 수 없는 호스트 키(%2 %3)에 대한 승인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a yes to the unknown host key of %1 port %2 (%3 %4)</source>
        <translation>%1 포트 %2의 알 수 없는 호스트 키(%3 %4)에 대한 승인</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the passphrase of %1</source>
        <translation>%1의 암호 문구</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the password of %1@%2</source>
        <translation>%1@%2의 비밀번호</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the sudo password on %1</source>
        <translation>%1의 sudo 비밀번호</translation>
    </message>
</context>
<context>
    <name>YamlSplicer</name>
    <message>
        <location filename="../../core/kubeconfig/yamlsplicer.cpp" line="+246"/>
        <source>the file holds no mapping to edit</source>
        <translation>파일에 편집할 매핑이 없음</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>the new content is too large or too deeply nested</source>
        <translation>새 내용이 너무 크거나 너무 깊이 중첩됨</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>two changes touch the same lines</source>
        <translation>두 변경이 같은 줄에 걸침</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the file</source>
        <translation>파일 최상위</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>%1 was not found in the text</source>
        <translation>%1: 텍스트에서 찾지 못함</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+145"/>
        <source>%1 has an anchor or is an alias</source>
        <translation>%1: 앵커가 있거나 별칭임</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+143"/>
        <source>%1 has a YAML tag</source>
        <translation>%1: YAML 태그가 있음</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>%1 is a block scalar (| or &gt;)</source>
        <translation>%1: 블록 스칼라(| 또는 &gt;)임</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>%1 cannot be written on one line</source>
        <translation>%1: 한 줄로 쓸 수 없음</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 changes its kind</source>
        <translation>%1: 값의 종류가 바뀜</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is reached through an alias</source>
        <translation>%1: 별칭을 통해 참조됨</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+81"/>
        <source>%1 could not be found in the text</source>
        <translation>%1: 텍스트에서 위치를 찾지 못함</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>%1 spans several lines</source>
        <translation>%1: 여러 줄에 걸침</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 has a key that is not text</source>
        <translation>%1: 텍스트가 아닌 키가 있음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 takes fields from a merge key (&lt;&lt;)</source>
        <translation>%1: 병합 키(&lt;&lt;)에서 필드를 가져옴</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has the key “%2” twice</source>
        <translation>%1: “%2” 키가 두 번 있음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has a key written in an unusual form</source>
        <translation>%1: 흔치 않은 형식으로 쓴 키가 있음</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+196"/>
        <source>%1 does not read as its text says</source>
        <translation>%1: 텍스트와 읽은 내용이 다름</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>%1 gets a key that is not text</source>
        <translation>%1: 텍스트가 아닌 키가 추가됨</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the order of the keys in %1 changes</source>
        <translation>%1의 키 순서가 바뀜</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1 could not be removed from %2</source>
        <translation>%2에서 %1 항목을 제거하지 못함</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+13"/>
        <source>a field could not be added to %1</source>
        <translation>%1: 필드를 추가하지 못함</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+42"/>
        <source>an entry could not be added to %1</source>
        <translation>%1: 항목을 추가하지 못함</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>an entry of %1 is removed</source>
        <translation>%1: 항목이 제거됨</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 is written out whole, so its comments and layout are not kept: %2. The backup keeps the original.</source>
        <translation>%1 파일 전체를 다시 쓰므로 주석과 레이아웃이 유지되지 않습니다(이유: %2). 백업에 원본이 남아 있습니다.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the file has NEL line breaks</source>
        <translation>파일에 NEL 줄 바꿈이 있음</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a precise edit did not read back as intended</source>
        <translation>정밀 편집 결과를 다시 읽었을 때 의도와 다름</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file could not be read again</source>
        <translation>파일을 다시 읽지 못함</translation>
    </message>
</context>
<context>
    <name>kubeminder::BackupsDialog</name>
    <message>
        <location filename="../../ui/backupsdialog.cpp" line="+54"/>
        <source>%1 — no backups yet</source>
        <translation>%1 — 아직 백업 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — 1 backup</source>
        <translation>%1 — 백업 1개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 backups</source>
        <translation>%1 — 백업 %2개</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;Restore…</source>
        <translation>복원(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;folder</source>
        <translation>폴더 열기(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kubeminder backs up a kubeconfig before every change it makes. Restoring a backup backs up the current file first, so a restore can be undone too.</source>
        <translation>Kubeminder는 kubeconfig를 변경할 때마다 먼저 백업합니다. 백업을 복원할 때도 현재 파일을 먼저 백업하므로 복원도 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Taken</source>
        <translation>백업 시각</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contexts</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking for backups…</source>
        <translation>백업을 찾는 중…</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+257"/>
        <source>Put the selected backup back in place; the current file is backed up first</source>
        <translation>선택한 백업을 원래 위치로 되돌립니다. 현재 파일은 먼저 백업됩니다</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>Show the backup folder in the file manager</source>
        <translation>파일 관리자에서 백업 폴더를 표시합니다</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>… and %1 more</source>
        <translation>… 외 %1개</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace %1 with the backup from %2? The current file is backed up first.</source>
        <translation>%1 파일을 %2에 만든 백업으로 바꾸시겠습니까? 현재 파일은 먼저 백업됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the restore changes:</source>
        <translation>이번 복원으로 바뀌는 것:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No backups yet. Kubeminder backs a file up before every change; use Back up to make one now.</source>
        <translation>아직 백업이 없습니다. Kubeminder는 파일을 변경할 때마다 먼저 백업합니다. 지금 백업을 만들려면 “백업”을 사용하세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown file</source>
        <translation>알 수 없는 파일</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup index does not say which file these are copies of: Restore… asks which kubeconfig to put one back into.</source>
        <translation>백업 색인에 이 백업들의 원본 파일이 기록되어 있지 않습니다. “복원…”을 누르면 어느 kubeconfig에 되돌려 놓을지 묻습니다.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Kubeminder does not know which file this backup is a copy of: Restore… asks which kubeconfig to put it back into.</source>
        <translation>Kubeminder는 이 백업의 원본 파일을 모릅니다. “복원…”을 누르면 어느 kubeconfig에 되돌려 놓을지 묻습니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Restore the Backup Into…</source>
        <translation>백업을 되돌려 놓을 파일…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Comparing the backup with %1…</source>
        <translation>백업을 %1 파일과 비교하는 중…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Restore a Backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore</source>
        <translation>복원(&amp;R)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restoring %1…</source>
        <translation>%1 복원 중…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restored %1 from the backup from %2.</source>
        <translation>%2에 만든 백업에서 %1 파일을 복원했습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There was no file there before, so there was nothing to back up.</source>
        <translation>이전에는 그 위치에 파일이 없었으므로 백업할 내용이 없었습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The state before the restore is saved as %1.</source>
        <translation>복원 전 상태는 %1 파일로 저장되었습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was readable by other users; it is now readable by you only.</source>
        <translation>다른 사용자도 읽을 수 있던 파일이었으나, 이제 본인만 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no backup folder yet: Kubeminder creates %1 with the first backup.</source>
        <translation>아직 백업 폴더가 없습니다. Kubeminder가 첫 백업 때 %1 폴더를 만듭니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not open a file manager. The backups are in %1.</source>
        <translation>파일 관리자를 열 수 없습니다. 백업은 %1에 있습니다.</translation>
    </message>
</context>
<context>
    <name>kubeminder::ContextDetails</name>
    <message>
        <location filename="../../ui/contextdetails.cpp" line="+86"/>
        <source>kubectl&apos;s current context</source>
        <translation>kubectl의 현재 컨텍스트</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Refresh %1 (Ctrl+R)</source>
        <translation>%1 갱신 (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import fresh credentials… (Ctrl+I)</source>
        <translation>새 자격 증명 가져오기… (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connection test:</source>
        <translation>연결 테스트:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run the exec plugin and test again</source>
        <translation>exec 플러그인을 실행하고 다시 테스트</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test the connection (Ctrl+T)</source>
        <translation>연결 테스트 (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namespace</source>
        <translation>네임스페이스</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context defined in</source>
        <translation>컨텍스트 정의 위치</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster defined in</source>
        <translation>클러스터 정의 위치</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User defined in</source>
        <translation>사용자 정의 위치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential</source>
        <translation>자격 증명</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Subject</source>
        <translation>주체</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Groups</source>
        <translation>그룹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer</source>
        <translation>발급자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>유효 기간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 ~ %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lifetime used</source>
        <translation>사용한 유효 기간</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1% of %2 days</source>
        <translation>%2일 중 %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issued by</source>
        <translation>발급</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewal</source>
        <translation>갱신 방법</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expires</source>
        <translation>만료일</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left</source>
        <translation>남은 기간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>참고</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster CA</source>
        <translation>클러스터 CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, expires %2</source>
        <translation>%1, %2 만료</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh source</source>
        <translation>갱신 원본</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (last imported %2)</source>
        <translation>%1 (마지막 가져오기: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatic refresh</source>
        <translation>자동 갱신</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on: the tray refreshes it by itself when it is about to run out.</source>
        <translation>켜짐: 만료가 가까워지면 트레이가 직접 갱신합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off.</source>
        <translation>꺼짐.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn off</source>
        <translation>끄기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep it fresh automatically</source>
        <translation>자동으로 갱신 유지</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>context “%1”</source>
        <translation>컨텍스트 “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cluster “%1”</source>
        <translation>클러스터 “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user “%1”</source>
        <translation>사용자 “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shadowed</source>
        <translation>가려짐</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is also defined in %2, which kubectl ignores: %3 comes first</source>
        <translation>%2에도 %1 정의가 있지만 kubectl은 이 정의를 무시합니다. %3 파일이 먼저 읽히기 때문입니다</translation>
    </message>
</context>
<context>
    <name>kubeminder::ContextTableModel</name>
    <message>
        <location filename="../../ui/contexttablemodel.cpp" line="+58"/>
        <source>Valid</source>
        <translation>유효</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires soon</source>
        <translation>곧 만료</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires very soon</source>
        <translation>만료 임박</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No expiry known</source>
        <translation>만료일 알 수 없음</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>kubectl&apos;s current context</source>
        <translation>kubectl의 현재 컨텍스트</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Date and time in your time zone</source>
        <translation>사용자 시간대 기준 날짜와 시간</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● marks kubectl&apos;s current context</source>
        <translation>●는 kubectl의 현재 컨텍스트를 나타냅니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>만료일</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left</source>
        <translation>남은 기간</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Namespace</source>
        <translation>네임스페이스</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
</context>
<context>
    <name>kubeminder::DesktopNotifier</name>
    <message>
        <location filename="../../ui/desktopnotifier.cpp" line="+197"/>
        <source>Refresh now</source>
        <translation>지금 갱신</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
</context>
<context>
    <name>kubeminder::DesktopShell</name>
    <message>
        <location filename="../../ui/desktopshell.cpp" line="+153"/>
        <source>%1, now until %2</source>
        <translation>%1, 이제 %2까지</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: needs %2</source>
        <translation>%1: 필요한 것: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the source has nothing newer. %2</source>
        <translation>%1: 원본에 더 새로운 자격 증명이 없습니다. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Kubeminder refreshed %n context(s)</source>
        <translation>
            <numerusform>Kubeminder가 컨텍스트 %n개를 갱신했습니다</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refreshed</source>
        <translation>갱신됨</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Kubeminder could not refresh %n context(s) by itself</source>
        <translation>
            <numerusform>Kubeminder가 컨텍스트 %n개를 자동으로 갱신하지 못했습니다</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Kubeminder is still running</source>
        <translation>Kubeminder가 계속 실행 중입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It keeps watching your credentials from the tray and warns before they expire. Quit from the tray menu or with File → Quit.</source>
        <translation>트레이에서 자격 증명을 계속 감시하며 만료되기 전에 경고합니다. 종료하려면 트레이 메뉴나 파일 → 종료를 사용하세요.</translation>
    </message>
</context>
<context>
    <name>kubeminder::DialogInteraction</name>
    <message>
        <location filename="../../ui/dialoginteraction.cpp" line="+254"/>
        <source>Unknown Host Key</source>
        <translation>알 수 없는 호스트 키</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 port %2</source>
        <translation>%1 포트 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kubeminder has not met %1 before: its host key is not in known_hosts. Compare the fingerprint below with the server&apos;s own %2 host key (on the server: ssh-keygen -lf on its public key file) before you trust it.</source>
        <translation>Kubeminder가 %1에 처음 접속합니다. 이 서버의 호스트 키가 known_hosts에 없습니다. 신뢰하기 전에 아래 지문을 서버 자체의 %2 호스트 키 지문과 비교하세요(서버에서: 그 공개 키 파일에 ssh-keygen -lf 실행).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kubeminder has not met %1 before: its host key is not in known_hosts. Compare the fingerprint below with the server&apos;s own (on the server: ssh-keygen -lf %2) before you trust it.</source>
        <translation>Kubeminder가 %1에 처음 접속합니다. 이 서버의 호스트 키가 known_hosts에 없습니다. 신뢰하기 전에 아래 지문을 서버 자체의 지문과 비교하세요(서버에서: ssh-keygen -lf %2).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Host: %1
Port: %2
Key type: %3
Fingerprint: %4</source>
        <translation>호스트: %1
포트: %2
키 유형: %3
지문: %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accept &amp;Once</source>
        <translation>이번만 수락(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept and &amp;Remember</source>
        <translation>수락 후 기억(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Key Passphrase</source>
        <translation>키 암호 문구</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The private key %1 is protected by a passphrase. Enter it to log in with this key, or cancel to skip the key.</source>
        <translation>%1 개인 키는 암호 문구로 보호되어 있습니다. 이 키로 로그인하려면 암호 문구를 입력하고, 이 키를 건너뛰려면 취소하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Administrator Password</source>
        <translation>관리자 비밀번호</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sudo on %1 did not accept that password. Enter the sudo password of %2 on %1 again (try %3 of 3).</source>
        <translation>%1의 sudo가 그 비밀번호를 받아들이지 않았습니다. %1에서 쓰는 %2 사용자의 sudo 비밀번호를 다시 입력하세요(3번 중 %3번째).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the kubeconfig on %1 needs sudo. Enter the sudo password of %2 on %1.</source>
        <translation>%1에서 kubeconfig를 읽으려면 sudo가 필요합니다. %1에 있는 사용자 %2의 sudo 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SSH Password</source>
        <translation>SSH 비밀번호</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not accept that password (try %2 of 3).</source>
        <translation>%1 호스트가 그 비밀번호를 받아들이지 않았습니다(3번 중 %2번째).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Use the SSH password of %1 (for this import only)</source>
        <translation>%1 사용자의 SSH 비밀번호 사용(이번 가져오기에만)(&amp;U)</translation>
    </message>
</context>
<context>
    <name>kubeminder::ImportDialog</name>
    <message>
        <location filename="../../ui/importdialog.cpp" line="+104"/>
        <source>Reading the kubeconfig…</source>
        <translation>kubeconfig를 읽는 중…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetching over SSH…</source>
        <translation>SSH로 가져오는 중…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the fresh credentials…</source>
        <translation>새 자격 증명을 확인하는 중…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backing up and writing…</source>
        <translation>백업하고 쓰는 중…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the result…</source>
        <translation>결과를 확인하는 중…</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+28"/>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Make it the &amp;current context</source>
        <translation>현재 컨텍스트로 설정(&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read it with &amp;administrator rights</source>
        <translation>관리자 권한으로 읽기(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I checked the lines marked above and trust them: &amp;write them too</source>
        <translation>위에 표시된 줄을 확인했으며 신뢰합니다: 이 항목도 기록(&amp;W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preview</source>
        <translation>미리 보기(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Back</source>
        <translation>뒤로(&amp;B)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a Kubeconfig</source>
        <translation>Kubeconfig 가져오기</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The context to refresh or create</source>
        <translation>갱신하거나 새로 만들 컨텍스트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the context’s server (a new context: the source’s)</source>
        <translation>컨텍스트의 서버 유지(새 컨텍스트는 원본의 서버)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a new context (default: the source’s)</source>
        <translation>새 컨텍스트용(기본값: 원본의 네임스페이스)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Local file</source>
        <translation>로컬 파일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A host name, address or ~/.ssh/config alias</source>
        <translation>호스트 이름, 주소 또는 ~/.ssh/config 별칭</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From ~/.ssh/config, else your user name</source>
        <translation>~/.ssh/config의 값, 없으면 현재 사용자 이름</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>K3s</source>
        <translation>K3s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RKE2</source>
        <translation>RKE2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kubeadm</source>
        <translation>kubeadm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MicroK8s</source>
        <translation>MicroK8s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>k0s</source>
        <translation>k0s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Optional: the SSH agent and your usual keys are tried too</source>
        <translation>선택 사항: SSH 에이전트와 평소 사용하는 키도 시도합니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When needed</source>
        <translation>필요할 때</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always</source>
        <translation>항상</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sou&amp;rce:</source>
        <translation>원본(&amp;R):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Source file:</source>
        <translation>원본 파일(&amp;S):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Host:</source>
        <translation>호스트(&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind of server:</source>
        <translation>서버 종류(&amp;K):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote &amp;file:</source>
        <translation>원격 파일(&amp;F):</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>P&amp;ort:</source>
        <translation>포트(&amp;O):</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Import even an &amp;expired, older, not yet valid or mismatched certificate</source>
        <translation>만료되었거나 더 오래되었거나 아직 유효하지 않거나 일치하지 않는 인증서도 가져오기(&amp;E)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Another command</source>
        <translation>다른 명령</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+401"/>
        <source>The tool’s default cluster</source>
        <translation>도구의 기본 클러스터</translation>
    </message>
    <message>
        <location line="-398"/>
        <source>For example: %1</source>
        <translation>예: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs on this computer without a shell: quotes group words, nothing else is interpreted. What it prints is treated like a fetched file.</source>
        <translation>셸 없이 이 컴퓨터에서 실행합니다. 따옴표는 단어를 묶을 뿐 그 밖에는 아무것도 해석하지 않습니다. 출력은 가져온 파일처럼 다룹니다.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Takes fresh credentials from a kubeconfig — a local file, one fetched over SSH from the server (for K3s, /etc/rancher/k3s/k3s.yaml), or one a command prints (kind, k3d, Talos, vcluster) — and puts them into the context named below. An existing context keeps its server, namespace and everything else: only its certificate, key or token and its cluster CA are replaced. Every file is backed up before it is written.</source>
        <translation>kubeconfig — 로컬 파일, 서버에서 SSH로 가져온 파일(K3s는 /etc/rancher/k3s/k3s.yaml), 또는 명령이 출력한 내용(kind, k3d, Talos, vcluster) — 에서 새 자격 증명을 가져와 아래 이름의 컨텍스트에 넣습니다. 기존 컨텍스트는 서버, 네임스페이스 등 나머지를 그대로 유지하고 인증서, 키 또는 토큰과 클러스터 CA만 바뀝니다. 모든 파일은 기록하기 전에 백업합니다.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>I&amp;dentity file:</source>
        <translation>개인 키 파일(&amp;D):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sudo:</source>
        <translation>sudo(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tool:</source>
        <translation>도구(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;luster or node:</source>
        <translation>클러스터 또는 노드(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comman&amp;d:</source>
        <translation>명령(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context &amp;name:</source>
        <translation>컨텍스트 이름(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ser&amp;ver:</source>
        <translation>서버(&amp;V):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Na&amp;mespace:</source>
        <translation>네임스페이스(&amp;M):</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Preview shows what the import would change. Nothing is written until you click Import.</source>
        <translation>미리 보기는 가져오기로 바뀔 내용을 보여 줍니다. 가져오기를 클릭하기 전에는 아무것도 기록되지 않습니다.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Choose an SSH private key</source>
        <translation>SSH 개인 키 선택</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>The control-plane node’s address</source>
        <translation>컨트롤 플레인 노드의 주소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cluster name needed</source>
        <translation>클러스터 이름이 필요 없습니다</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Printed by the server’s own command</source>
        <translation>서버 자체 명령이 출력함</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Enter the host to fetch the kubeconfig from.</source>
        <translation>kubeconfig를 가져올 호스트를 입력하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is no SSH address Kubeminder can use.</source>
        <translation>Kubeminder가 사용할 수 있는 SSH 주소가 아닙니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the command that prints the kubeconfig.</source>
        <translation>kubeconfig를 출력하는 명령을 입력하세요.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the kubeconfig file to import.</source>
        <translation>가져올 kubeconfig 파일을 선택하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the name of the context to refresh or create.</source>
        <translation>갱신하거나 새로 만들 컨텍스트의 이름을 입력하세요.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Fetching from %1 over SSH…</source>
        <translation>SSH로 %1에서 가져오는 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running %1…</source>
        <translation>실행 중: %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing into “%1”…</source>
        <translation>“%1”에 가져오는 중…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>취소되었습니다. 아무것도 기록되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This import would write more than credentials. Check the lines marked below; if you trust them, tick the box and click Import again.</source>
        <translation>이 가져오기는 자격 증명 외의 항목도 기록합니다. 아래에 표시된 줄을 확인하고, 신뢰할 수 있으면 확인란을 선택한 뒤 가져오기를 다시 클릭하세요.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” exists: its credentials would be refreshed in place.</source>
        <translation>“%1” 컨텍스트가 이미 있으므로 해당 컨텍스트의 자격 증명을 그 자리에서 갱신합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is new: it would be added.</source>
        <translation>“%1” 컨텍스트는 아직 없으므로 새로 추가합니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The import would:</source>
        <translation>가져오기를 하면 다음과 같이 변경됩니다:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It keeps, as they are:</source>
        <translation>그대로 유지되는 항목:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fresh credential: %1.</source>
        <translation>새 자격 증명: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued to %1.</source>
        <translation>발급 대상: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+49"/>
        <source>Expires %1 (%2).</source>
        <translation>만료: %1 (%2).</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Warnings:</source>
        <translation>경고:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>More than credentials, written only if you tick the box below:</source>
        <translation>자격 증명 외의 항목(아래 확인란을 선택한 경우에만 기록):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The lines that change in %1 (secrets shortened):</source>
        <translation>%1에서 바뀌는 줄(비밀 값은 줄여 표시):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing has been written. Click Import to make these changes; every file is backed up first.</source>
        <translation>아직 아무것도 기록되지 않았습니다. 이 변경을 적용하려면 가져오기를 클릭하세요. 모든 파일은 먼저 백업됩니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The import stopped: %1</source>
        <translation>가져오기가 중단되었습니다: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not in the kubeconfig after the import.</source>
        <translation>가져오기 후 kubeconfig에 “%1” 컨텍스트가 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” was refreshed.</source>
        <translation>“%1” 컨텍스트를 갱신했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was added.</source>
        <translation>“%1” 컨텍스트를 추가했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Keep “%1” fresh: refresh it %2 by itself when it is about to run out, asking nothing</source>
        <translation>“%1” 자동 갱신(&amp;K): 만료가 가까워지면 %2 아무것도 묻지 않고 갱신</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (a new file)</source>
        <translation>%1 (새 파일)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — backup: %2</source>
        <translation>%1 — 백업: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was readable by other users; now it is readable by you only.</source>
        <translation>%1 파일은 다른 사용자도 읽을 수 있었으나, 이제 본인만 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Files written:</source>
        <translation>기록한 파일:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the changed values were written: the rest of each file, comments included, is as it was.</source>
        <translation>바뀐 값만 기록했습니다. 각 파일의 나머지 부분은 주석을 포함해 그대로입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file was changed.</source>
        <translation>변경된 파일이 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh will read %1 again for “%2”.</source>
        <translation>갱신 시 “%2” 컨텍스트를 위해 %1에서 다시 읽어 옵니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The files above were written before the failure; their backups hold the previous contents.</source>
        <translation>위 파일들은 실패 전에 기록되었으며, 해당 백업에 이전 내용이 남아 있습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 exists, but only its owner may read it (K3s writes its kubeconfig for root only).</source>
        <translation>%1 파일이 있지만 소유자만 읽을 수 있습니다(K3s는 kubeconfig를 root만 읽을 수 있게 기록합니다).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kubeminder can read it once with administrator rights; you will be asked for the password. Only “cat” runs as administrator.</source>
        <translation>Kubeminder가 관리자 권한으로 한 번 읽을 수 있으며, 이때 비밀번호를 묻습니다. 관리자 권한으로 실행되는 것은 “cat”뿐입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read it in a terminal and pipe it in:</source>
        <translation>터미널에서 읽어 파이프로 전달하세요:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>or start K3s with --write-kubeconfig-mode 0640 and a group you are in, then try again.</source>
        <translation>또는 --write-kubeconfig-mode 0640과 본인이 속한 그룹으로 K3s를 시작한 다음 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose a Kubeconfig</source>
        <translation>Kubeconfig 선택</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kubeconfig files (*.yaml *.yml *.conf config);;All files (*)</source>
        <translation>Kubeconfig 파일 (*.yaml *.yml *.conf config);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Waiting for the administrator password…</source>
        <translation>관리자 비밀번호를 기다리는 중…</translation>
    </message>
</context>
<context>
    <name>kubeminder::KubeconfigFilesPage</name>
    <message>
        <location filename="../../ui/kubeconfigfilespage.cpp" line="+65"/>
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty</source>
        <translation>비어 있음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not loaded yet</source>
        <translation>아직 읽지 않음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No kubeconfig files</source>
        <translation>kubeconfig 파일 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already listed</source>
        <translation>이미 목록에 있음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not read</source>
        <translation>읽지 않음</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file is empty: it defines no contexts.</source>
        <translation>파일이 비어 있어 컨텍스트를 정의하지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file does not exist.</source>
        <translation>파일이 존재하지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file could not be read.</source>
        <translation>파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added just now: it is read with the next reload.</source>
        <translation>방금 추가됨: 다음에 다시 읽을 때 읽습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder holds no kubeconfig files (hidden, lock, backup and temporary files are skipped, and sub-folders are not read).</source>
        <translation>폴더에 kubeconfig 파일이 없습니다(숨김, 잠금, 백업, 임시 파일은 건너뛰며 하위 폴더는 읽지 않습니다).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is already read through another entry of the list, and a file is read once.</source>
        <translation>이 파일은 목록의 다른 항목을 통해 이미 읽히며, 파일은 한 번만 읽습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kubeminder was started with --kubeconfig, so it reads only the files named there.</source>
        <translation>Kubeminder가 --kubeconfig로 시작되었으므로 거기에 지정된 파일만 읽습니다.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--kubeconfig</source>
        <translation>--kubeconfig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KUBECONFIG</source>
        <translation>KUBECONFIG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>~/.kube/config (default)</source>
        <translation>~/.kube/config (기본값)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added folder</source>
        <translation>추가한 폴더</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In added folder %1</source>
        <translation>추가한 폴더 %1 안</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A folder added to Kubeminder: only Kubeminder reads the kubeconfig files in it, kubectl does not.</source>
        <translation>Kubeminder에 추가한 폴더입니다. 이 안의 kubeconfig 파일은 Kubeminder만 읽으며 kubectl은 읽지 않습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Named with --kubeconfig when Kubeminder was started.</source>
        <translation>Kubeminder를 시작할 때 --kubeconfig로 지정했습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kubectl reads this file too: it is listed in KUBECONFIG.</source>
        <translation>kubectl도 이 파일을 읽습니다. KUBECONFIG에 나열되어 있습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kubectl reads this file too: it is the default kubeconfig, read when KUBECONFIG is not set.</source>
        <translation>kubectl도 이 파일을 읽습니다. KUBECONFIG가 설정되지 않았을 때 읽는 기본 kubeconfig입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added to Kubeminder: only Kubeminder reads it, kubectl does not.</source>
        <translation>Kubeminder에 추가됨: Kubeminder만 읽으며 kubectl은 읽지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the folder %1 added to Kubeminder: only Kubeminder reads it, kubectl does not.</source>
        <translation>Kubeminder에 추가한 폴더 %1 안에 있음: Kubeminder만 읽으며 kubectl은 읽지 않습니다.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>kubectl reads the files listed in KUBECONFIG, or ~/.kube/config when KUBECONFIG is not set. Files and folders added here are read by Kubeminder only; kubectl does not see them. Changes on this page are saved at once.</source>
        <translation>kubectl은 KUBECONFIG에 나열된 파일을 읽으며, KUBECONFIG가 설정되지 않았으면 ~/.kube/config를 읽습니다. 여기서 추가한 파일과 폴더는 Kubeminder만 읽으며 kubectl에는 보이지 않습니다. 이 페이지의 변경 사항은 즉시 저장됩니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Origin</source>
        <translation>출처</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add &amp;file…</source>
        <translation>파일 추가(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add kubeconfig files for Kubeminder to read</source>
        <translation>Kubeminder가 읽을 kubeconfig 파일을 추가합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add f&amp;older…</source>
        <translation>폴더 추가(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a folder: Kubeminder reads every kubeconfig directly in it</source>
        <translation>폴더 추가: Kubeminder가 폴더 바로 안에 있는 모든 kubeconfig를 읽습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+174"/>
        <location line="+18"/>
        <source>Re&amp;move</source>
        <translation>제거(&amp;M)</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>Open &amp;containing folder</source>
        <translation>포함 폴더 열기(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the folder of the selected file in the file manager</source>
        <translation>선택한 파일의 폴더를 파일 관리자에서 표시합니다</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>No kubeconfig files.</source>
        <translation>kubeconfig 파일이 없습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;move folder</source>
        <translation>폴더 제거(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file was named with --kubeconfig when Kubeminder was started</source>
        <translation>이 파일은 Kubeminder를 시작할 때 --kubeconfig로 지정되었습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kubectl reads this file; change KUBECONFIG to stop reading it</source>
        <translation>kubectl이 이 파일을 읽습니다. 읽지 않게 하려면 KUBECONFIG를 변경하세요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop reading the folder %1 and every file in it. No file is deleted.</source>
        <translation>%1 폴더와 그 안의 모든 파일을 더 이상 읽지 않습니다. 파일은 삭제되지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop reading %1. The file is not deleted.</source>
        <translation>%1 파일을 더 이상 읽지 않습니다. 파일은 삭제되지 않습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add kubeconfig files</source>
        <translation>kubeconfig 파일 추가</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a folder of kubeconfig files</source>
        <translation>kubeconfig 파일 폴더 추가</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Already in the list, so not added again: %1</source>
        <translation>이미 목록에 있으므로 다시 추가하지 않았습니다: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Could not save the list of added files in %1. Check that the file and its folder are writable, then try again.</source>
        <translation>추가한 파일 목록을 %1에 저장할 수 없습니다. 파일과 해당 폴더에 쓰기 권한이 있는지 확인한 다음 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>kubeminder::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+111"/>
        <source>Kubeminder</source>
        <translation>Kubeminder</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Refresh credentials</source>
        <translation>자격 증명 갱신</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch fresh credentials for the selected context from where they came from last time, else choose a source (Ctrl+R)</source>
        <translation>선택한 컨텍스트의 새 자격 증명을 지난번에 가져온 곳에서 가져옵니다. 그런 곳이 없으면 원본을 선택합니다 (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keep fresh automatically</source>
        <translation>자동으로 갱신 유지(&amp;K)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import…</source>
        <translation>가져오기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import fresh credentials from a kubeconfig file or over SSH (Ctrl+I)</source>
        <translation>kubeconfig 파일에서 또는 SSH로 새 자격 증명을 가져옵니다 (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up</source>
        <translation>백업</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of every loaded kubeconfig file (Ctrl+B)</source>
        <translation>불러온 모든 kubeconfig 파일의 사본을 저장합니다 (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups…</source>
        <translation>백업 목록…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add kubeconfig…</source>
        <translation>kubeconfig 추가…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also read a kubeconfig file that kubectl does not (Ctrl+O)</source>
        <translation>kubectl이 읽지 않는 kubeconfig 파일도 읽습니다 (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add kubeconfig files</source>
        <translation>kubeconfig 파일 추가</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add folder…</source>
        <translation>폴더 추가…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Also read every kubeconfig file in a folder</source>
        <translation>폴더 안의 모든 kubeconfig 파일도 읽습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a folder of kubeconfig files</source>
        <translation>kubeconfig 파일 폴더 추가</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reload</source>
        <translation>다시 읽기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read every kubeconfig again (F5)</source>
        <translation>모든 kubeconfig를 다시 읽습니다 (F5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+472"/>
        <source>Kubeconfig files…</source>
        <translation>Kubeconfig 파일…</translation>
    </message>
    <message>
        <location line="-471"/>
        <source>Every file read, its status, and the ones you added</source>
        <translation>읽은 모든 파일과 각 상태, 직접 추가한 파일</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings…</source>
        <translation>설정…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry thresholds, added files, backup retention</source>
        <translation>만료 임계값, 추가한 파일, 백업 보존</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set as current context</source>
        <translation>현재 컨텍스트로 설정</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+540"/>
        <source>Make this kubectl&apos;s current context (the file is backed up first)</source>
        <translation>이 컨텍스트를 kubectl의 현재 컨텍스트로 만듭니다(파일은 먼저 백업됩니다)</translation>
    </message>
    <message>
        <location line="-538"/>
        <source>Copy name</source>
        <translation>이름 복사</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the context&apos;s name</source>
        <translation>컨텍스트 이름을 복사합니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open containing folder</source>
        <translation>포함 폴더 열기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the file that defines this context</source>
        <translation>이 컨텍스트를 정의한 파일을 표시합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up this file</source>
        <translation>이 파일 백업</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of the files that define this context</source>
        <translation>이 컨텍스트를 정의한 파일의 사본을 저장합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the cluster whether it accepts this context&apos;s credentials (Ctrl+T)</source>
        <translation>클러스터가 이 컨텍스트의 자격 증명을 수락하는지 확인합니다 (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test all connections</source>
        <translation>모든 연결 테스트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask every cluster whether it accepts the credentials (Ctrl+Shift+T)</source>
        <translation>모든 클러스터가 자격 증명을 수락하는지 확인합니다 (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Filter contexts (Ctrl+F)</source>
        <translation>컨텍스트 필터링 (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Context</source>
        <translation>컨텍스트(&amp;C)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Manual</source>
        <translation>설명서(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No web browser could open %1.</source>
        <translation>%1 주소를 열 웹 브라우저가 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Kubeminder</source>
        <translation>Kubeminder 정보(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Kubeminder</source>
        <translation>Kubeminder 정보</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keeps the credentials in your kubeconfig files alive: it shows when they expire, warns before they do, and refreshes them from the cluster.</source>
        <translation>kubeconfig 파일의 자격 증명을 살아 있게 지켜 줍니다. 언제 만료되는지 보여 주고, 만료 전에 알려 주며, 클러스터에서 새로 받아 갱신합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licence: %1.</source>
        <translation>라이선스: %1.</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Added %1. Kubeminder reads it from now on; kubectl does not.</source>
        <translation>%1 경로를 추가했습니다. 이제부터 Kubeminder는 이를 읽지만 kubectl은 읽지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added %1 files and folders. Kubeminder reads them from now on; kubectl does not.</source>
        <translation>파일과 폴더 %1개를 추가했습니다. 이제부터 Kubeminder는 이를 읽지만 kubectl은 읽지 않습니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading kubeconfig files…</source>
        <translation>kubeconfig 파일을 읽는 중…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Checking… %1 contexts so far</source>
        <translation>확인 중… 지금까지 컨텍스트 %1개</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>1 context</source>
        <translation>컨텍스트 1개</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 contexts</source>
        <translation>컨텍스트 %1개</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 expired</source>
        <translation>%1개 만료됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 expiring soon</source>
        <translation>%1개 곧 만료</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 with errors</source>
        <translation>%1개 오류</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 file could not be read</source>
        <translation>파일 1개를 읽을 수 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files could not be read</source>
        <translation>파일 %1개를 읽을 수 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 kubeconfig file</source>
        <translation>kubeconfig 파일 1개</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 kubeconfig files</source>
        <translation>kubeconfig 파일 %1개</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 could not be read.</source>
        <translation>%1 파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A kubeconfig file could not be read; its contexts are not in the list:</source>
        <translation>kubeconfig 파일 하나를 읽을 수 없어 그 파일의 컨텍스트가 목록에 없습니다:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 kubeconfig files could not be read; their contexts are not in the list:</source>
        <translation>kubeconfig 파일 %1개를 읽을 수 없어 해당 파일의 컨텍스트가 목록에 없습니다:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The kubeconfig files hold no contexts.</source>
        <translation>kubeconfig 파일에 컨텍스트가 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No kubeconfig could be read.</source>
        <translation>읽을 수 있는 kubeconfig가 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No kubeconfig found.</source>
        <translation>kubeconfig를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looked at:</source>
        <translation>확인한 위치:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no files)</source>
        <translation>(파일 없음)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set KUBECONFIG or create ~/.kube/config, or add a file with “Add kubeconfig…”; then reload (F5).</source>
        <translation>KUBECONFIG를 설정하거나 ~/.kube/config를 만들거나 “kubeconfig 추가…”로 파일을 추가한 다음 다시 읽으세요(F5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try “kubeminder demo DIR” to see Kubeminder with example files.</source>
        <translation>“kubeminder demo DIR”을 실행하면 예제 파일로 Kubeminder를 살펴볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Refresh this context %1 by itself when it is about to run out, asking nothing; say what needs you</source>
        <translation>만료가 가까워지면 이 컨텍스트를 %1 아무것도 묻지 않고 갱신하고, 직접 해야 할 일이 있으면 알립니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import or refresh the context once, so Kubeminder knows where its credentials come from</source>
        <translation>Kubeminder가 자격 증명의 출처를 알 수 있도록 이 컨텍스트를 한 번 가져오거나 갱신하세요</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>kubectl does not read %1; add it to KUBECONFIG to use this context with kubectl</source>
        <translation>kubectl은 %1 파일을 읽지 않습니다. kubectl에서 이 컨텍스트를 사용하려면 KUBECONFIG에 추가하세요</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No file manager could open %1. The file is %2.</source>
        <translation>%1 폴더를 열 수 있는 파일 관리자가 없습니다. 파일은 %2입니다.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“%1” was not made the current context: %2</source>
        <translation>“%1” 컨텍스트를 현재 컨텍스트로 설정하지 못했습니다: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is kubectl&apos;s current context.</source>
        <translation>kubectl의 현재 컨텍스트는 “%1”입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is now kubectl&apos;s current context (written to %2; the previous file is backed up as %3).</source>
        <translation>이제 kubectl의 현재 컨텍스트는 “%1”입니다(%2에 기록했으며, 이전 파일은 %3에 백업했습니다).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>There was no kubeconfig file to back up.</source>
        <translation>백업할 kubeconfig 파일이 없었습니다.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Not every file was backed up (%1 of %2 were):
%3</source>
        <translation>일부 파일을 백업하지 못했습니다(%2개 중 %1개 백업됨):
%3</translation>
    </message>
    <message>
        <location line="-686"/>
        <source>List backups and restore one (Ctrl+Shift+B)</source>
        <translation>백업 목록을 보고 하나를 복원합니다 (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location line="+694"/>
        <source>Backed up %1 to %2.</source>
        <translation>%1 파일을 %2에 백업했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backed up %1 files to %2.</source>
        <translation>파일 %1개를 %2에 백업했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups… lists them and restores one.</source>
        <translation>“백업 목록…”에서 백업을 확인하고 복원할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Asking the API server of “%1”…</source>
        <translation>“%1”의 API 서버에 확인하는 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking the API servers of %1 contexts…</source>
        <translation>컨텍스트 %1개의 API 서버에 확인하는 중…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>refresh it %1 (Ctrl+R)</source>
        <translation>%1 갱신하세요 (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import fresh credentials (Ctrl+I)</source>
        <translation>새 자격 증명을 가져오세요 (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 accepted</source>
        <translation>%1개 수락됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rejected</source>
        <translation>%1개 거부됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 unreachable or failing</source>
        <translation>%1개 연결 불가 또는 실패</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 not tested</source>
        <translation>%1개 테스트 안 함</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tested %1 contexts: %2. Select one to see why.</source>
        <translation>컨텍스트 %1개를 테스트했습니다: %2. 이유를 보려면 컨텍스트를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>kubeminder::MessageBar</name>
    <message>
        <location filename="../../ui/messagebar.cpp" line="+48"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close message</source>
        <translation>메시지 닫기</translation>
    </message>
</context>
<context>
    <name>kubeminder::PrivilegedReader</name>
    <message>
        <location filename="../../core/transfer/privilegedreader.cpp" line="+105"/>
        <source>%1 is larger than %2 MiB; that is no kubeconfig.</source>
        <translation>%1 파일은 %2 MiB보다 크므로 kubeconfig가 아닙니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading %1 with administrator rights was interrupted.</source>
        <translation>관리자 권한으로 %1 파일을 읽는 작업이 중단되었습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading %1 with administrator rights was cancelled; nothing was read.</source>
        <translation>관리자 권한으로 %1 파일을 읽는 작업이 취소되어 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may not read %1 with administrator rights.</source>
        <translation>관리자 권한으로 %1 파일을 읽을 권한이 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You may not read %1 with administrator rights (%2).</source>
        <translation>관리자 권한으로 %1 파일을 읽을 권한이 없습니다(%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading %1 with administrator rights failed.</source>
        <translation>관리자 권한으로 %1 파일을 읽지 못했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading %1 with administrator rights failed: %2.</source>
        <translation>관리자 권한으로 %1 파일을 읽지 못했습니다: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 프로그램을 시작할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>kubeminder::SettingsDialog</name>
    <message>
        <location filename="../../ui/settingsdialog.cpp" line="+85"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kubeconfig files</source>
        <translation>Kubeconfig 파일(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Expiry</source>
        <translation>만료(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backups</source>
        <translation>백업(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notifications</source>
        <translation>알림(&amp;N)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>A context is shown as Warning when its credentials expire within the warning threshold, and as Critical within the critical one. The window and every kubeminder command use these thresholds.</source>
        <translation>자격 증명이 경고 임계값 이내에 만료되면 컨텍스트가 경고로, 위험 임계값 이내에 만료되면 위험으로 표시됩니다. 이 창과 모든 kubeminder 명령이 이 임계값을 사용합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+68"/>
        <source> days</source>
        <translation> 일</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&amp;Warning before expiry:</source>
        <translation>만료 전 경고(&amp;W):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ritical before expiry:</source>
        <translation>만료 전 위험(&amp;R):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Defaults: warning %1 days before expiry, critical %2 days before.</source>
        <translation>기본값: 만료 %1일 전 경고, %2일 전 위험.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore &amp;defaults</source>
        <translation>기본값 복원(&amp;D)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Kubeminder backs up a kubeconfig before every change it makes. Each time it backs up a file, it removes that file&apos;s backups beyond these limits; a file&apos;s only backup is never removed.</source>
        <translation>Kubeminder는 kubeconfig를 변경할 때마다 먼저 백업합니다. 파일을 백업할 때마다 해당 파일의 백업 중 이 한도를 넘는 것을 삭제하며, 파일의 유일한 백업은 절대 삭제하지 않습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> backups</source>
        <translation> 개</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Always keep the ne&amp;west:</source>
        <translation>항상 유지할 최신 백업 수(&amp;W):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>And every backup &amp;younger than:</source>
        <translation>다음 기간 이내의 모든 백업도 유지(&amp;Y):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Defaults: the newest %1 backups of each file, and every backup younger than %2 days.</source>
        <translation>기본값: 파일마다 최신 백업 %1개와 %2일 이내의 모든 백업.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open &amp;folder</source>
        <translation>폴더 열기(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the backup folder in the file manager</source>
        <translation>파일 관리자에서 백업 폴더를 표시합니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup folder:</source>
        <translation>백업 폴더:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Kubeminder warns on the desktop when a credential comes within one of these numbers of days of its expiry, and when it expires: once for each credential and threshold, and as one summary when several come due together.</source>
        <translation>자격 증명의 만료까지 남은 일수가 이 값 중 하나에 이르렀을 때와 만료되었을 때 Kubeminder가 데스크톱에 경고합니다. 자격 증명과 임계값마다 한 번씩 알리며, 여러 자격 증명이 한꺼번에 해당되면 요약 알림 하나로 알립니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show notifications before credentials expire</source>
        <translation>자격 증명이 만료되기 전에 알림 표시(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days before expiry, separated by commas, e.g. 30, 7, 1</source>
        <translation>만료 전 일수를 쉼표로 구분(예: 30, 7, 1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notify &amp;days before expiry:</source>
        <translation>만료 전 알림 일수(&amp;D):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Test the connection of every context every</source>
        <translation>모든 컨텍스트의 연결을 다음 간격마다 테스트(&amp;T):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asks each context&apos;s API server whether it still accepts the credentials, and notifies when it refuses them (a revoked certificate, a reinstalled cluster) or is not the server the kubeconfig trusts. Being offline is not announced; exec plugins are never run.</source>
        <translation>각 컨텍스트의 API 서버에 자격 증명을 아직 받아들이는지 묻고, 서버가 거부하거나(폐기된 인증서, 재설치된 클러스터) kubeconfig가 신뢰하는 서버가 아니면 알립니다. 오프라인 상태는 알리지 않으며 exec 플러그인은 절대 실행하지 않습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours between connection tests</source>
        <translation>연결 테스트 사이의 시간</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Start Kubeminder in the tray when I &amp;log in</source>
        <translation>로그인할 때 트레이에서 Kubeminder 시작(&amp;L)</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>&amp;General</source>
        <translation>일반(&amp;G)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The tray keeps watching your credentials and notifies before they expire, with no window open.</source>
        <translation>창을 열지 않아도 트레이에서 자격 증명을 계속 지켜보고, 만료되기 전에 알려 줍니다.</translation>
    </message>
    <message>
        <location line="+284"/>
        <source>There is no backup folder yet: Kubeminder creates %1 with the first backup.</source>
        <translation>아직 백업 폴더가 없습니다. Kubeminder가 첫 백업 때 %1 폴더를 만듭니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder %1 does not exist.</source>
        <translation>%1 폴더가 존재하지 않습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not open a file manager for %1.</source>
        <translation>%1에 대한 파일 관리자를 열 수 없습니다.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The critical threshold (%1 days) must not be more than the warning threshold (%2 days).</source>
        <translation>위험 임계값(%1일)은 경고 임계값(%2일)보다 클 수 없습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter whole numbers of days from 0 to %1, separated by commas (at most %2).</source>
        <translation>0부터 %1까지의 정수 일수를 쉼표로 구분해 입력하세요(최대 %2개).</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Could not save the settings in %1. Check that the file and its folder are writable, then try again.</source>
        <translation>설정을 %1에 저장할 수 없습니다. 파일과 해당 폴더에 쓰기 권한이 있는지 확인한 다음 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>kubeminder::SingleInstance</name>
    <message>
        <location filename="../../core/desktop/singleinstance.cpp" line="+177"/>
        <source>Another Kubeminder is starting and holds %1; try again in a moment.</source>
        <translation>다른 Kubeminder가 시작하는 중이며 %1 파일을 점유하고 있습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot create the lock file %1. Check that its folder exists and is writable.</source>
        <translation>잠금 파일(%1)을 만들 수 없습니다. 해당 폴더가 존재하고 쓰기 가능한지 확인하세요.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot listen on %1 (%2), so a second launch of Kubeminder cannot find this one.</source>
        <translation>%1에서 수신 대기할 수 없으므로(%2) 두 번째로 실행한 Kubeminder가 이 Kubeminder를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This Kubeminder is the running one; it has no other to hand over to.</source>
        <translation>이 Kubeminder가 실행 중인 인스턴스이므로 넘겨줄 다른 인스턴스가 없습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The command line is too long to hand over to the running Kubeminder.</source>
        <translation>명령줄이 너무 길어 실행 중인 Kubeminder에 넘겨줄 수 없습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No running Kubeminder answers on %1 (%2).</source>
        <translation>%1에서 응답하는 실행 중인 Kubeminder가 없습니다(%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The running Kubeminder did not take the request (%1).</source>
        <translation>실행 중인 Kubeminder가 요청을 받아들이지 않았습니다(%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The running Kubeminder gave an answer this version does not understand; quit it and start Kubeminder again.</source>
        <translation>실행 중인 Kubeminder가 이 버전이 이해할 수 없는 응답을 보냈습니다. 실행 중인 Kubeminder를 종료하고 Kubeminder를 다시 시작하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The running Kubeminder closed the connection without answering; quit it and start Kubeminder again.</source>
        <translation>실행 중인 Kubeminder가 응답하지 않고 연결을 닫았습니다. 실행 중인 Kubeminder를 종료하고 Kubeminder를 다시 시작하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The running Kubeminder did not answer within %1 ms; it may be busy or stuck. If it does not show up, quit it and start Kubeminder again.</source>
        <translation>실행 중인 Kubeminder가 %1 ms 안에 응답하지 않았습니다. 사용 중이거나 멈췄을 수 있습니다. 창이 나타나지 않으면 실행 중인 Kubeminder를 종료하고 Kubeminder를 다시 시작하세요.</translation>
    </message>
</context>
<context>
    <name>kubeminder::TrayIcon</name>
    <message>
        <location filename="../../ui/trayicon.cpp" line="+33"/>
        <location line="+58"/>
        <source>Kubeminder</source>
        <translation>Kubeminder</translation>
    </message>
    <message numerus="yes">
        <location line="-17"/>
        <source>%n expired</source>
        <translation>
            <numerusform>%n개 만료됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n expiring within %1 days</source>
        <translation>
            <numerusform>%n개가 %1일 이내 만료</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n with errors</source>
        <translation>
            <numerusform>%n개 오류</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contexts loaded</source>
        <translation>불러온 컨텍스트 없음</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All %n credentials are fine</source>
        <translation>
            <numerusform>자격 증명 %n개 모두 정상</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Open Kubeminder</source>
        <translation>Kubeminder 열기</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Needs attention</source>
        <translation>확인 필요</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh credentials…</source>
        <translation>자격 증명 갱신…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep fresh automatically</source>
        <translation>자동으로 갱신 유지</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show details</source>
        <translation>세부 정보 표시</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more…</source>
        <translation>
            <numerusform>%n개 더…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check now</source>
        <translation>지금 확인</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resume notifications (paused until %1)</source>
        <translation>알림 재개(%1까지 일시 중지됨)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pause notifications</source>
        <translation>알림 일시 중지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For 1 hour</source>
        <translation>1시간 동안</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until tomorrow</source>
        <translation>내일까지</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings…</source>
        <translation>설정…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="+60"/>
        <source>kubeminder: cannot run the probe (%1: %2). Reinstalling Kubeminder brings it back.</source>
        <translation>kubeminder: 점검 프로그램을 실행할 수 없습니다(%1: %2). Kubeminder를 다시 설치하면 돌아옵니다.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>kubeminder: cannot open the window (%1: %2). Reinstalling Kubeminder brings it back; every command works without it: kubeminder --help</source>
        <translation>kubeminder: 창을 열 수 없습니다(%1: %2). Kubeminder를 다시 설치하면 돌아옵니다. 모든 명령은 창 없이도 동작합니다: kubeminder --help</translation>
    </message>
</context>
</TS>
