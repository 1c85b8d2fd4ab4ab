import type { LocaleCatalog } from './types.js';

const busy = 'リクエストが多すぎます。しばらく待ってから、もう一度お試しください。';
const unavailable = 'サービスを一時的に利用できません。しばらくしてから、もう一度お試しください。';
const contactAdmin = '管理者にお問い合わせください。';

export const ja: LocaleCatalog = {
  someone: 'チームのメンバー',
  notices: {
    opt_in_requested:
      '{by} が、WhatsApp でメッセージを送信するための許可を連絡先に依頼しました。これから作成するメッセージは、連絡先が承諾した時点で送信されます。',
    opt_in_reminder_sent: '許可の依頼について、連絡先にリマインダーを送信しました。',
    opt_in_reminder_available:
      '許可の依頼に 24 時間応答がありません。連絡先にリマインダーを送信できるようになりました。',
    opt_in_granted:
      '連絡先が WhatsApp メッセージの受信を承諾しました。メッセージを送信できるようになりました。',
    opt_in_declined:
      '連絡先が WhatsApp メッセージの受信を拒否しました。メッセージとテンプレートの送信は無効になっています。連絡先は「はい」と返信すれば、いつでも受信を承諾できます。',
    opted_out:
      '連絡先から WhatsApp メッセージの受信停止を求められました。連絡先が再び承諾するまで、送信は無効になります。',
    opt_in_failed_will_retry: '許可の依頼を配信できませんでした。{retryAt} に再送し、結果をお知らせします。',
    opt_in_retried: '許可の依頼を連絡先に再送しました。',
    opt_in_failed_thread_closed: '許可の依頼を再び配信できなかったため、この会話を終了しました。',
    contact_not_on_whatsapp: 'この連絡先は WhatsApp を利用していません。代わりに SMS を送信できます。',
    resume_requested:
      '連絡先から 24 時間メッセージがないため、この会話は一時停止しています。連絡先に会話の再開を依頼しました。送信したメッセージは保留され、会話が再開され次第配信されます。',
    resume_failed: '会話の再開依頼を連絡先に配信できませんでした。',
    conversation_resumed: {
      count: 'delivered',
      other: '連絡先が会話を再開しました。保留中のメッセージ {delivered} 件を配信しました。',
    },
    can_continue: '連絡先との会話を続けられるようになりました。',
    participant_added: '{by} が {userId} を会話に追加しました。',
    participant_removed: '{by} が {userId} を会話から削除しました。',
    participant_left: '{userId} が会話から退出しました。',
    conversation_transferred: '{from} が会話を {to} に引き継ぎました。',
    contact_not_notified_participant_added: '{userId} が会話に参加したことを連絡先に通知できませんでした。',
    contact_not_notified_participant_removed:
      '{userId} が会話から削除されたことを連絡先に通知できませんでした。',
    contact_not_notified_participant_left: '{userId} が会話から退出したことを連絡先に通知できませんでした。',
    contact_not_notified_conversation_transferred:
      '会話が {userId} に引き継がれたことを連絡先に通知できませんでした。',
    conversation_restarted: '会話をもう一度開始しました。',
    thread_closed: 'この会話は終了しています。',
    message_failed: 'メッセージを配信できませんでした。{reason}',
    sms_thread_started:
      'この連絡先との SMS の会話を開始しました。SMS で連絡するには、そちらで続けてください。',
    sms_opted_out:
      '連絡先が {keyword} と返信したため、SMS は届かなくなりました。START と返信されるまで SMS は送信できません。',
    sms_opted_in: '連絡先が {keyword} と返信したため、再び SMS を受け取れるようになりました。',
  },
  errors: {
    consent_already_requested: 'この連絡先にはすでに許可を依頼しています。',
    consent_already_granted: 'この連絡先はすでに WhatsApp メッセージの受信を承諾しています。',
    consent_declined:
      'この連絡先は WhatsApp メッセージの受信を拒否しています。連絡先は「はい」と返信すれば承諾できます。',
    consent_not_requested: 'この連絡先にはまだ許可を依頼していません。',
    consent_pending: '連絡先はまだ許可の依頼に回答していません。',
    contact_not_on_whatsapp: 'この連絡先には WhatsApp で連絡できません。',
    reminder_not_allowed: 'リマインダーは、許可の依頼への回答を待っている間のみ送信できます。',
    reminder_too_early: 'リマインダーはまだ送信できません。前回の依頼から 24 時間お待ちください。',
    thread_closed: 'この会話は終了しています。',
    thread_not_closed: 'もう一度開始できるのは、終了した会話のみです。',
    open_thread_exists: 'この連絡先とは、すでに進行中の WhatsApp の会話があります。',
    not_a_participant: 'このユーザーは会話に参加していません。',
    already_a_participant: 'このユーザーはすでに会話に参加しています。',
    cannot_remove_self: '自分自身を削除することはできません。代わりに会話から退出してください。',
    cannot_transfer_to_self: '会話を自分自身に引き継ぐことはできません。',
    message_empty: 'メッセージを入力してください。',
    message_too_long: 'メッセージが長すぎます。',
    caption_too_long: '画像のキャプションが長すぎます。',
    template_unavailable: 'このメッセージ テンプレートは利用できません。',
    template_param_count: '値の数がテンプレートと一致しません。',
    media_type_not_allowed: 'この画像は送信できません。WhatsApp で送信できる画像は JPEG と PNG のみです。',
    media_too_large: 'この画像はサイズが大きすぎます。WhatsApp で送信できる画像は 5 MB までです。',
    media_empty: 'このファイルは空です。',
    sms_opted_out: 'この連絡先は SMS の受信を停止しています。START と返信すると再開できます。',
    sms_unavailable: 'この連絡先には SMS を送信できません。電話番号と組織の SMS 番号が必要です。',
    not_found: '指定された項目が見つかりません。',
    thread_not_found: 'この会話が見つかりません。',
    contact_not_found: 'この連絡先が見つかりません。',
    user_not_found: 'このユーザーが見つかりません。',
    whatsapp_not_enabled: 'ご利用の組織では WhatsApp メッセージングが有効になっていません。',
    whatsapp_licence_required: `この機能を使用するには WhatsApp ライセンスが必要です。${contactAdmin}`,
    sender_number_missing: `送信に使用する WhatsApp Business の番号が設定されていません。${contactAdmin}`,
    invalid_request: 'リクエストが無効です。',
    not_for_sms:
      'SMS の会話ではこの操作はできません。SMS はテキストのみで、WhatsApp のオプトイン、テンプレート、画像は使えません。',
    bad_request: 'リクエストを解釈できませんでした。',
    unauthorized:
      'サインインしていないか、セッションの有効期限が切れています。もう一度サインインしてください。',
    forbidden: 'この操作を行う権限がありません。',
    method_not_allowed: 'この操作はサポートされていません。',
    not_acceptable: '要求された形式は利用できません。',
    request_timeout: 'リクエストがタイムアウトしました。もう一度お試しください。',
    payload_too_large:
      'リクエストのサイズが大きすぎます。画像を送信する場合は、より小さい画像をお試しください。',
    unsupported_media_type: 'この種類のコンテンツはサポートされていません。',
    rate_limited: busy,
    too_many_requests: busy,
    database_unavailable: unavailable,
    service_unavailable: unavailable,
    starting: 'サービスを起動しています。しばらくしてから、もう一度お試しください。',
    shutting_down: 'サービスを再起動しています。しばらくしてから、もう一度お試しください。',
    internal_error: 'エラーが発生しました。時間をおいて、もう一度お試しください。',
  },
  errorDetails: {
    reminder_too_early: 'リマインダーはまだ送信できません。{availableAt} 以降に送信できます。',
    message_too_long: 'メッセージが長すぎます。{max} 文字以内で入力してください。',
    caption_too_long: '画像のキャプションが長すぎます。{max} 文字以内で入力してください。',
    template_param_count: '値の数がテンプレートと一致しません（必要な数: {expected}、指定された数: {got}）。',
    invalid_request: '「{field}」が指定されていないか、無効です。',
    rate_limited: {
      count: 'retryAfterSeconds',
      other: 'リクエストが多すぎます。{retryAfterSeconds} 秒後にもう一度お試しください。',
    },
  },
  failureReasons: {
    cannot_receive: '連絡先は WhatsApp メッセージを受信できません。',
    window_closed: '連絡先からの最後のメッセージから 24 時間以上が経過しています。',
    held_for_experience:
      '連絡先の利用体験を守るため、WhatsApp がメッセージの配信を保留しました。時間をおいて、もう一度お試しください。',
    pair_rate_limit: '短時間にこの連絡先へ送信されたメッセージが多すぎます。',
    throughput_limit: '送信の上限に達しました。しばらくしてから、もう一度お試しください。',
    spam_limited: 'スパムとして報告されたため、送信が制限されています。',
    template_params_mismatch: '指定された値がテンプレートの内容と一致しません。',
    template_missing_language: 'このテンプレートは、指定された言語では存在しません。',
    media_failed: '画像を処理できませんでした。',
    account_maintenance: 'ビジネス アカウントはメンテナンス中です。',
    connection_needs_admin: 'WhatsApp との接続について、管理者による対応が必要です。',
    whatsapp_unreachable:
      '何度か試みましたが WhatsApp に接続できませんでした。しばらくしてからもう一度お試しください。',
    refused_before_sending: 'この形式ではメッセージを送信できません。内容を変更してもう一度お試しください。',
    unknown: 'WhatsApp がメッセージを配信できませんでした（コード {code}）。',
  },
  templatePurposes: {
    opt_in: '許可の依頼（オプトイン）',
    opt_in_reminder: '許可の依頼のリマインダー',
    resume: '一時停止中の会話の再開依頼',
    participant_added: 'メンバーが会話に参加したことのお知らせ',
    participant_removed: 'メンバーが会話から削除されたことのお知らせ',
    participant_left: 'メンバーが会話から退出したことのお知らせ',
    conversation_transferred: '会話が引き継がれたことのお知らせ',
  },
  templateCategories: { MARKETING: 'マーケティング', UTILITY: 'ユーティリティ', AUTHENTICATION: '認証' },
  templateProblems: {
    missing: '承認済みのテンプレートがありません。',
    paused: 'Meta によってテンプレート {template} が一時停止されました。',
    disabled: 'Meta によってテンプレート {template} が無効にされました。',
    rejected: 'Meta によってテンプレート {template} が却下されました。',
    pending: 'テンプレート {template} は Meta の審査待ちです。',
    deleted: 'テンプレート {template} は削除されました。',
    other_status:
      'テンプレート {template} は現在、Meta により使用が認められていません（ステータス: {status}）。',
    not_approved: 'テンプレート {template} は Meta により使用が認められなくなりました。',
    not_approved_unnamed: '使用中のテンプレートが Meta の承認を受けていない状態です。',
    not_utility:
      'Meta によってテンプレート {template} のカテゴリが「{category}」に変更されました。この送信には「ユーティリティ」カテゴリのテンプレートが必要です。',
    not_utility_no_category:
      'Meta によってテンプレート {template} のカテゴリが「ユーティリティ」から変更されました。この送信には「ユーティリティ」カテゴリのテンプレートが必要です。',
    not_utility_unnamed:
      'Meta によって、使用中のテンプレートのカテゴリが「ユーティリティ」から変更されました。この送信には「ユーティリティ」カテゴリのテンプレートが必要です。',
    unknown: '使用中のテンプレートが使用できなくなりました。',
  },
  adminAlerts: {
    unusable: 'コネクタが WhatsApp で{purpose}を送信できなくなりました。{problem}{consequence}{action}',
    unusableUnknownPurpose:
      'コネクタの WhatsApp テンプレートの 1 つが使用できなくなりました。{problem}{consequence}{action}',
    restored:
      'コネクタが WhatsApp で再び{purpose}を送信できるようになりました。テンプレートが再び使用可能になったため、対応は不要です。',
    restoredUnknownPurpose:
      'コネクタの WhatsApp テンプレートの 1 つが再び使用可能になりました。対応は不要です。',
    consequences: {
      opt_in: '解決するまで、チームは連絡先にメッセージ送信の許可を依頼できません。',
      opt_in_reminder:
        '解決するまで、チームは回答のない許可の依頼について連絡先にリマインダーを送信できません。',
      resume:
        '解決するまで、一時停止中の会話は再開できず、その連絡先へのメッセージは保留されたままになります。',
      participant_added: '解決するまで、会話にメンバーが参加しても連絡先には通知されません。',
      participant_removed: '解決するまで、会話からメンバーが削除されても連絡先には通知されません。',
      participant_left: '解決するまで、会話からメンバーが退出しても連絡先には通知されません。',
      conversation_transferred: '解決するまで、会話が別の担当者に引き継がれても連絡先には通知されません。',
      other: '解決するまで、このテンプレートを使うメッセージは送信できません。',
    },
    actions: {
      missing:
        'WhatsApp Manager で「ユーティリティ」カテゴリのテンプレートを作成して Meta の承認を受け、コネクタの設定でこの送信に割り当ててください。',
      not_approved:
        'WhatsApp Manager でテンプレートを確認して再度承認を受けるか、コネクタの設定でこの送信に別の承認済み「ユーティリティ」テンプレートを割り当ててください。',
      not_utility:
        'WhatsApp Manager からカテゴリの再審査を Meta に依頼するか、コネクタの設定でこの送信に別の承認済み「ユーティリティ」テンプレートを割り当ててください。',
      other: 'WhatsApp Manager でコネクタのテンプレートを確認してください。',
    },
  },
  mediaUnavailable: {
    checksum_mismatch:
      'この画像は転送中に破損したため、保存されませんでした。連絡先にもう一度送信するよう依頼してください。',
    too_large: 'この画像は 5 MB を超えているため、保存されませんでした。',
    type_not_allowed: 'このファイルは保存されませんでした。保存できる画像は JPEG、PNG、WebP のみです。',
    expired:
      'この画像は WhatsApp で利用できなくなっていたため、保存できませんでした。連絡先にもう一度送信するよう依頼してください。',
    not_found:
      'この画像が WhatsApp で見つからなかったため、保存できませんでした。連絡先にもう一度送信するよう依頼してください。',
    download_failed:
      'WhatsApp から画像をダウンロードできませんでした。連絡先にもう一度送信するよう依頼してください。',
    other: 'この画像を保存できませんでした。連絡先にもう一度送信するよう依頼してください。',
  },
};
