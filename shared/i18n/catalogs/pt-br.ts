import type { LocaleCatalog } from './types.js';

const busy = 'Muitas solicitações. Aguarde um momento e tente novamente.';
const unavailable = 'O serviço está temporariamente indisponível. Tente novamente em instantes.';
const contactAdmin = 'Entre em contato com o seu administrador.';

export const ptBR: LocaleCatalog = {
  someone: 'Um membro da equipe',
  notices: {
    opt_in_requested:
      '{by} pediu permissão ao contato para enviar mensagens pelo WhatsApp. As mensagens que você escrever agora serão enviadas assim que o contato aceitar.',
    opt_in_reminder_sent: 'Um lembrete do pedido de permissão foi enviado ao contato.',
    opt_in_reminder_available:
      'O contato não respondeu ao pedido de permissão em 24 horas. Agora você pode enviar um lembrete.',
    opt_in_granted:
      'O contato aceitou receber mensagens pelo WhatsApp. Agora você já pode escrever para ele.',
    opt_in_declined:
      'O contato recusou as mensagens pelo WhatsApp. O envio de mensagens e modelos está desativado. O contato pode dar permissão a qualquer momento respondendo SIM.',
    opted_out:
      'O contato pediu para não receber mais mensagens pelo WhatsApp. O envio continua desativado até que ele dê permissão novamente.',
    opt_in_failed_will_retry:
      'Não foi possível entregar o pedido de permissão. Vamos reenviá-lo em {retryAt} e avisaremos você sobre o resultado.',
    opt_in_retried: 'O pedido de permissão foi reenviado ao contato.',
    opt_in_failed_thread_closed:
      'Não foi possível entregar o pedido de permissão pela segunda vez. Por isso, esta conversa foi encerrada.',
    contact_not_on_whatsapp: 'Este contato não usa o WhatsApp. Você pode enviar um SMS em vez disso.',
    resume_requested:
      'A conversa está pausada porque o contato não escreve há 24 horas. Pedimos que ele a retome. Suas mensagens ficam retidas e serão entregues assim que ele fizer isso.',
    resume_failed: 'Não foi possível entregar ao contato o pedido para retomar a conversa.',
    conversation_resumed: {
      count: 'delivered',
      one: 'O contato retomou a conversa. {delivered} mensagem retida foi entregue.',
      many: 'O contato retomou a conversa. {delivered} de mensagens retidas foram entregues.',
      other: 'O contato retomou a conversa. {delivered} mensagens retidas foram entregues.',
    },
    can_continue: 'Agora você pode continuar a conversa com o contato.',
    participant_added: '{by} adicionou {userId} à conversa.',
    participant_removed: '{by} removeu {userId} da conversa.',
    participant_left: '{userId} saiu da conversa.',
    conversation_transferred: '{from} transferiu a conversa para {to}.',
    contact_not_notified_participant_added:
      'Não foi possível avisar o contato de que {userId} entrou na conversa.',
    contact_not_notified_participant_removed:
      'Não foi possível avisar o contato da remoção de {userId} da conversa.',
    contact_not_notified_participant_left:
      'Não foi possível avisar o contato de que {userId} saiu da conversa.',
    contact_not_notified_conversation_transferred:
      'Não foi possível avisar o contato de que a conversa foi transferida para {userId}.',
    conversation_restarted: 'A conversa foi reiniciada.',
    thread_closed: 'Esta conversa está encerrada.',
    message_failed: 'Não foi possível entregar sua mensagem. {reason}',
    sms_thread_started:
      'Uma conversa por SMS com este contato foi aberta. Continue por lá para falar com ele por mensagem de texto.',
    sms_opted_out:
      'O contato respondeu {keyword} e não recebe mais SMS de você. O envio de SMS fica desativado até que ele responda START.',
    sms_opted_in: 'O contato respondeu {keyword} e pode receber SMS de você novamente.',
  },
  errors: {
    consent_already_requested: 'A permissão já foi solicitada a este contato.',
    consent_already_granted: 'Este contato já aceitou receber mensagens pelo WhatsApp.',
    consent_declined:
      'Este contato recusou as mensagens pelo WhatsApp. Ele pode dar permissão respondendo SIM.',
    consent_not_requested: 'A permissão ainda não foi solicitada a este contato.',
    consent_pending: 'O contato ainda não respondeu ao pedido de permissão.',
    contact_not_on_whatsapp: 'Não é possível falar com este contato pelo WhatsApp.',
    reminder_not_allowed: 'Só é possível enviar um lembrete enquanto o pedido de permissão aguarda resposta.',
    reminder_too_early: 'Ainda é cedo para enviar um lembrete. Aguarde 24 horas após o último pedido.',
    thread_closed: 'Esta conversa está encerrada.',
    thread_not_closed: 'Só é possível reiniciar uma conversa encerrada.',
    open_thread_exists: 'Já existe uma conversa aberta no WhatsApp com este contato.',
    not_a_participant: 'Esta pessoa não participa da conversa.',
    already_a_participant: 'Esta pessoa já participa da conversa.',
    cannot_remove_self: 'Você não pode se remover da conversa. Em vez disso, saia dela.',
    cannot_transfer_to_self: 'Não é possível transferir a conversa para a sua própria conta.',
    message_empty: 'A mensagem não pode ficar vazia.',
    message_too_long: 'A mensagem é longa demais.',
    caption_too_long: 'A legenda da imagem é longa demais.',
    template_unavailable: 'Este modelo de mensagem não está disponível.',
    template_param_count: 'A quantidade de valores não corresponde ao modelo.',
    media_type_not_allowed: 'Não é possível enviar esta imagem: o WhatsApp aceita apenas imagens JPEG e PNG.',
    media_too_large: 'Esta imagem é grande demais: o WhatsApp aceita imagens de até 5 MB.',
    media_empty: 'Este arquivo está vazio.',
    sms_opted_out: 'Este contato cancelou o recebimento de SMS. Ele pode voltar a receber respondendo START.',
    sms_unavailable:
      'SMS não está disponível para este contato: é preciso um número de telefone e um número de SMS da sua organização.',
    not_found: 'O item solicitado não foi encontrado.',
    thread_not_found: 'Esta conversa não foi encontrada.',
    contact_not_found: 'Este contato não foi encontrado.',
    user_not_found: 'Este usuário não foi encontrado.',
    whatsapp_not_enabled: 'O envio de mensagens pelo WhatsApp não está habilitado na sua organização.',
    whatsapp_licence_required: `Você precisa de uma licença do WhatsApp para usar este recurso. ${contactAdmin}`,
    sender_number_missing: `Nenhum número do WhatsApp Business está configurado para envio. ${contactAdmin}`,
    invalid_request: 'A solicitação não é válida.',
    not_for_sms:
      'Isso não está disponível em uma conversa por SMS: SMS leva apenas texto, sem consentimento do WhatsApp, modelos ou imagens.',
    bad_request: 'Não foi possível entender a solicitação.',
    unauthorized: 'Sua sessão expirou ou não foi iniciada. Faça login novamente.',
    forbidden: 'Você não tem permissão para realizar esta ação.',
    method_not_allowed: 'Esta ação não é suportada.',
    not_acceptable: 'O formato solicitado não está disponível.',
    request_timeout: 'A solicitação demorou demais. Tente novamente.',
    payload_too_large: 'A solicitação é grande demais. Se estiver enviando uma imagem, tente uma menor.',
    unsupported_media_type: 'Este tipo de conteúdo não é compatível.',
    rate_limited: busy,
    too_many_requests: busy,
    database_unavailable: unavailable,
    service_unavailable: unavailable,
    starting: 'O serviço está sendo iniciado. Tente novamente em instantes.',
    shutting_down: 'O serviço está sendo reiniciado. Tente novamente em instantes.',
    internal_error: 'Ocorreu um erro. Tente novamente mais tarde.',
  },
  errorDetails: {
    reminder_too_early:
      'Ainda é cedo para enviar um lembrete. Você poderá enviá-lo a partir de {availableAt}.',
    message_too_long: 'A mensagem é longa demais. O limite é de {max} caracteres.',
    caption_too_long: 'A legenda da imagem é longa demais. O limite é de {max} caracteres.',
    template_param_count:
      'A quantidade de valores não corresponde ao modelo (esperado: {expected}, recebido: {got}).',
    invalid_request: 'O campo “{field}” está ausente ou não é válido.',
    rate_limited: {
      count: 'retryAfterSeconds',
      one: 'Muitas solicitações. Tente novamente em {retryAfterSeconds} segundo.',
      many: 'Muitas solicitações. Tente novamente em {retryAfterSeconds} de segundos.',
      other: 'Muitas solicitações. Tente novamente em {retryAfterSeconds} segundos.',
    },
  },
  failureReasons: {
    cannot_receive: 'O contato não pode receber mensagens pelo WhatsApp.',
    window_closed: 'Passaram-se mais de 24 horas desde a última mensagem do contato.',
    held_for_experience:
      'O WhatsApp reteve a mensagem para proteger a experiência do contato. Tente novamente mais tarde.',
    pair_rate_limit: 'Foram enviadas mensagens demais para este contato em pouco tempo.',
    throughput_limit: 'O limite de envio foi atingido. Tente novamente em instantes.',
    spam_limited: 'O envio está limitado porque destinatários denunciaram mensagens como spam.',
    template_params_mismatch: 'Os valores não correspondem aos esperados pelo modelo.',
    template_missing_language: 'Este modelo não existe no idioma solicitado.',
    media_failed: 'Não foi possível processar a imagem.',
    account_maintenance: 'A conta comercial está em manutenção.',
    connection_needs_admin: 'A conexão com o WhatsApp precisa da atenção do seu administrador.',
    whatsapp_unreachable:
      'Não conseguimos contatar o WhatsApp após várias tentativas. Tente novamente mais tarde.',
    refused_before_sending: 'A mensagem não pode ser enviada desta forma. Altere-a e tente novamente.',
    unknown: 'O WhatsApp não conseguiu entregar a mensagem (código {code}).',
  },
  templatePurposes: {
    opt_in: 'o pedido de permissão (opt-in)',
    opt_in_reminder: 'o lembrete do pedido de permissão',
    resume: 'o pedido para retomar uma conversa pausada',
    participant_added: 'o aviso de que alguém entrou na conversa',
    participant_removed: 'o aviso de que alguém foi removido da conversa',
    participant_left: 'o aviso de que alguém saiu da conversa',
    conversation_transferred: 'o aviso de que uma conversa foi transferida',
  },
  templateCategories: { MARKETING: 'Marketing', UTILITY: 'Utilidade', AUTHENTICATION: 'Autenticação' },
  templateProblems: {
    missing: 'O conector não tem nenhum modelo aprovado para isso.',
    paused: 'A Meta pausou o modelo {template}.',
    disabled: 'A Meta desativou o modelo {template}.',
    rejected: 'A Meta rejeitou o modelo {template}.',
    pending: 'O modelo {template} está aguardando a análise da Meta.',
    deleted: 'O modelo {template} foi excluído.',
    other_status: 'No momento, a Meta não permite usar o modelo {template} (status: {status}).',
    not_approved: 'A Meta não permite mais usar o modelo {template}.',
    not_approved_unnamed: 'O modelo usado para isso não está mais aprovado pela Meta.',
    not_utility:
      'A Meta passou o modelo {template} para a categoria {category}, mas o conector só pode fazer esse envio com um modelo de Utilidade.',
    not_utility_no_category:
      'A Meta tirou o modelo {template} da categoria Utilidade, que o conector exige para esse envio.',
    not_utility_unnamed:
      'A Meta tirou o modelo usado para isso da categoria Utilidade, que o conector exige para esse envio.',
    unknown: 'O modelo usado para isso não pode mais ser utilizado.',
  },
  adminAlerts: {
    unusable: 'O conector não consegue mais enviar pelo WhatsApp {purpose}. {problem} {consequence} {action}',
    unusableUnknownPurpose:
      'Um dos modelos de WhatsApp do conector não pode mais ser usado. {problem} {consequence} {action}',
    restored:
      'O conector voltou a conseguir enviar pelo WhatsApp {purpose}. O modelo pode ser usado de novo, então nenhuma ação é necessária.',
    restoredUnknownPurpose:
      'Um dos modelos de WhatsApp do conector pode ser usado de novo. Nenhuma ação é necessária.',
    consequences: {
      opt_in:
        'Enquanto isso não for resolvido, sua equipe não poderá pedir aos contatos permissão para enviar mensagens a eles.',
      opt_in_reminder:
        'Enquanto isso não for resolvido, sua equipe não poderá lembrar os contatos de um pedido de permissão sem resposta.',
      resume:
        'Enquanto isso não for resolvido, conversas pausadas não poderão ser retomadas, e as mensagens para esses contatos continuarão retidas.',
      participant_added:
        'Enquanto isso não for resolvido, os contatos não serão avisados quando alguém entrar na conversa deles.',
      participant_removed:
        'Enquanto isso não for resolvido, os contatos não serão avisados quando alguém for removido da conversa deles.',
      participant_left:
        'Enquanto isso não for resolvido, os contatos não serão avisados quando alguém sair da conversa deles.',
      conversation_transferred:
        'Enquanto isso não for resolvido, os contatos não serão avisados quando a conversa deles for transferida para outra pessoa.',
      other: 'Enquanto isso não for resolvido, as mensagens que dependem dele não poderão ser enviadas.',
    },
    actions: {
      missing:
        'Crie um modelo de Utilidade no WhatsApp Manager, aguarde a aprovação da Meta e associe-o a esse envio nas configurações do conector.',
      not_approved:
        'Verifique o modelo no WhatsApp Manager e consiga uma nova aprovação, ou associe a esse envio outro modelo de Utilidade aprovado nas configurações do conector.',
      not_utility:
        'Peça à Meta uma revisão da categoria pelo WhatsApp Manager, ou associe a esse envio outro modelo de Utilidade aprovado nas configurações do conector.',
      other: 'Verifique os modelos do conector no WhatsApp Manager.',
    },
  },
  mediaUnavailable: {
    checksum_mismatch:
      'Esta imagem não foi salva: ela chegou danificada. Peça ao contato que a envie novamente.',
    too_large: 'Esta imagem não foi salva: ela tem mais de 5 MB.',
    type_not_allowed: 'Este arquivo não foi salvo: só são aceitas imagens JPEG, PNG e WebP.',
    expired:
      'Esta imagem não está mais disponível no WhatsApp, por isso não foi possível salvá-la. Peça ao contato que a envie novamente.',
    not_found:
      'O WhatsApp não encontrou esta imagem, por isso não foi possível salvá-la. Peça ao contato que a envie novamente.',
    download_failed: 'Não foi possível baixar a imagem do WhatsApp. Peça ao contato que a envie novamente.',
    other: 'Não foi possível salvar esta imagem. Peça ao contato que a envie novamente.',
  },
};
